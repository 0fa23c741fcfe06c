using CorpusLint.Cli.Linting;
using CorpusLint.Diagnostics;

namespace CorpusLint.Cli.Reporting;

/// <summary>
/// One line per diagnostic, `path(line,col): severity ID: message`, the format MSBuild, Visual Studio and
/// most editors' problem matchers understand, then a summary line.
/// </summary>
public sealed class MsBuildReporter(bool summary) : IReporter
{
    public void Write(IReadOnlyList<FileReport> reports, TextWriter output)
    {
        foreach (var report in reports)
        {
            foreach (var diagnostic in report.Diagnostics)
            {
                output.WriteLine(Format(report.File.DisplayPath, diagnostic));
            }
        }

        if (summary)
        {
            output.WriteLine(RunSummary.Of(reports).Describe());
        }
    }

    public static string Format(string path, Diagnostic diagnostic) =>
        $"{path}({diagnostic.Location.Line},{diagnostic.Location.Column}): {diagnostic.Severity.ToName()} {diagnostic.Id}: {diagnostic.Message}";
}
