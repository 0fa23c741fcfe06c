using CorpusLint.Cli.Linting;
using CorpusLint.Cli.Reporting;

namespace CorpusLint.Cli.Tests.Reporting;

/// <summary>Streams reports through a reporter the way `check` does: Begin, each file in order, End with the counts.</summary>
internal static class ReporterRun
{
    public static string Write(IReporter reporter, IEnumerable<FileReport> reports)
    {
        var output = new StringWriter { NewLine = "\n" };
        var summary = RunSummary.Empty;
        reporter.Begin(output);
        foreach (var report in reports)
        {
            reporter.WriteFile(report);
            summary = summary.Including(report);
        }

        reporter.End(summary);
        return output.ToString();
    }
}
