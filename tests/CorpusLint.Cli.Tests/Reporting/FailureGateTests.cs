using CorpusLint.Cli.Files;
using CorpusLint.Cli.Linting;
using CorpusLint.Cli.Reporting;
using CorpusLint.Diagnostics;
using CorpusLint.Text;

namespace CorpusLint.Cli.Tests.Reporting;

public class FailureGateTests
{
    [Theory]
    [InlineData(Severity.Warning, null, 0, 0, 0, false)]
    [InlineData(Severity.Warning, null, 0, 1, 0, true)]
    [InlineData(Severity.Warning, null, 0, 0, 3, false)]
    [InlineData(Severity.Error, null, 0, 5, 5, false)]
    [InlineData(Severity.Error, null, 1, 0, 0, true)]
    [InlineData(Severity.Info, null, 0, 0, 1, true)]
    [InlineData(Severity.Warning, 2, 0, 2, 0, false)]
    [InlineData(Severity.Warning, 2, 0, 3, 0, true)]
    [InlineData(Severity.Warning, 2, 1, 0, 0, true)]
    [InlineData(Severity.Error, 2, 0, 3, 0, true)]
    [InlineData(Severity.Info, 5, 0, 1, 1, true)]
    public void FailsOnSeverityOrWarningBudget(Severity failOn, int? maxWarnings, int errors, int warnings, int infos, bool fails)
    {
        var diagnostics = Enumerable.Repeat(Severity.Error, errors)
            .Concat(Enumerable.Repeat(Severity.Warning, warnings))
            .Concat(Enumerable.Repeat(Severity.Info, infos))
            .Select(Make).ToList();
        var summary = RunSummary.Empty.Including(new FileReport(new InputFile("/a.txt", "a.txt", "a.txt"), diagnostics, null));

        Assert.Equal(fails, new FailureGate(failOn, maxWarnings).Fails(summary));
    }

    private static Diagnostic Make(Severity severity)
    {
        var descriptor = new DiagnosticDescriptor("TST0009", "t", "m", "Test", severity, FixSafety.None, "d");
        return new Diagnostic(descriptor, new Location("a.txt", new TextSpan(0, 0), default, default), "m", severity, null);
    }
}
