using CorpusLint.Cli.Linting;
using CorpusLint.Diagnostics;

namespace CorpusLint.Cli.Reporting;

/// <summary>
/// One line per diagnostic, `path(line,col): severity ID: message`, the format MSBuild, Visual Studio and
/// most editors' problem matchers understand, then a summary line.
/// </summary>
public sealed class MsBuildReporter(bool summary) : IStreamingReporter
{
    public void Write(IReadOnlyList<FileReport> reports, TextWriter output)
    {
        foreach (var report in reports)
        {
            WriteFile(report, output);
        }

        WriteSummary(RunSummary.Of(reports), output);
    }

    public void WriteFile(FileReport report, TextWriter output)
    {
        foreach (var diagnostic in report.Diagnostics)
        {
            output.WriteLine(Format(report.File.DisplayPath, diagnostic));
        }
    }

    public void WriteSummary(RunSummary runSummary, TextWriter output)
    {
        if (summary)
        {
            output.WriteLine(runSummary.Describe());
        }
    }

    public static string Format(string path, Diagnostic diagnostic) =>
        $"{path}({diagnostic.Location.Line},{diagnostic.Location.Column}): {diagnostic.Severity.ToName()} {diagnostic.Id}: {diagnostic.Message}";
}
