using CorpusLint.Cli.Linting;
using CorpusLint.Diagnostics;

namespace CorpusLint.Cli.Reporting;

/// <summary>
/// One line per diagnostic, `path(line,col): severity ID: message`, the format MSBuild, Visual Studio and
/// most editors' problem matchers understand, then a summary line.
/// </summary>
public sealed class MsBuildReporter(bool summary) : IReporter
{
    private TextWriter _output = TextWriter.Null;

    public void Begin(TextWriter output) => _output = output;

    public void WriteFile(FileReport report)
    {
        foreach (var diagnostic in report.Diagnostics)
        {
            _output.WriteLine(Format(report.File.DisplayPath, diagnostic));
        }
    }

    public void End(RunSummary runSummary)
    {
        if (summary)
        {
            _output.WriteLine(runSummary.Describe());
        }
    }

    public static string Format(string path, Diagnostic diagnostic) =>
        $"{path}({diagnostic.Location.Line},{diagnostic.Location.Column}): {diagnostic.Severity.ToName()} {diagnostic.Id}: {diagnostic.Message}";
}
