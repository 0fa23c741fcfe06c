using CorpusLint.Cli.Reporting;
using CorpusLint.Diagnostics;
using CorpusLint.Text;

namespace CorpusLint.Cli.Tests.Reporting;

public class GitHubReporterTests
{
    [Fact]
    public void EscapesPropertiesAndDataAsTheRunnerExpects()
    {
        var descriptor = new DiagnosticDescriptor("TST0009", "Title: a, b", "m", "Test", Severity.Info, FixSafety.None, "d");
        var text = SourceText.From("x\n");
        var diagnostic = new Diagnostic(descriptor, Location.Create("a,b:c.txt", text, new TextSpan(0, 1)), "50% done\nnext: line", Severity.Info, null);

        Assert.Equal(
            "::notice file=a%2Cb%3Ac.txt,line=1,col=1,endLine=1,endColumn=2,title=TST0009%3A Title%3A a%2C b::50%25 done%0Anext: line",
            GitHubReporter.Format("a,b:c.txt", diagnostic));
    }
}
