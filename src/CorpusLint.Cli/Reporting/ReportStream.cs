using CorpusLint.Cli.Linting;

namespace CorpusLint.Cli.Reporting;

/// <summary>Feeds a run's reports, in order, to a reporter: streamed when it can stream, as one list otherwise.</summary>
public static class ReportStream
{
    public static RunSummary Write(IReporter reporter, IEnumerable<FileReport> reports, TextWriter output)
    {
        var summary = RunSummary.Empty;
        if (reporter is IStreamingReporter streaming)
        {
            foreach (var report in reports)
            {
                streaming.WriteFile(report, output);
                summary = summary.Add(report);
            }

            streaming.WriteSummary(summary, output);
            return summary;
        }

        var all = reports.ToList();
        reporter.Write(all, output);
        return all.Aggregate(summary, (s, r) => s.Add(r));
    }
}
