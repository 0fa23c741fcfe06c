using CorpusLint.Cli.Linting;
using CorpusLint.Diagnostics;

namespace CorpusLint.Cli.Reporting;

/// <summary>The counts every reporter's summary shows.</summary>
public sealed record RunSummary(int Files, int Errors, int Warnings, int Infos, int Fixable, int FailedFiles)
{
    public int Diagnostics => Errors + Warnings + Infos;

    public static RunSummary Of(IReadOnlyList<FileReport> reports)
    {
        var all = reports.SelectMany(r => r.Diagnostics).ToList();
        return new RunSummary(
            reports.Count,
            all.Count(d => d.Severity == Severity.Error),
            all.Count(d => d.Severity == Severity.Warning),
            all.Count(d => d.Severity == Severity.Info),
            all.Count(d => d.IsFixable),
            reports.Count(r => r.Error is not null));
    }

    public static readonly RunSummary Empty = new(0, 0, 0, 0, 0, 0);

    /// <summary>The summary with one more file counted, so a streaming run keeps counts, not reports.</summary>
    public RunSummary Add(FileReport report)
    {
        int errors = 0, warnings = 0, infos = 0, fixable = 0;
        foreach (var d in report.Diagnostics)
        {
            errors += d.Severity == Severity.Error ? 1 : 0;
            warnings += d.Severity == Severity.Warning ? 1 : 0;
            infos += d.Severity == Severity.Info ? 1 : 0;
            fixable += d.IsFixable ? 1 : 0;
        }

        return new RunSummary(Files + 1, Errors + errors, Warnings + warnings, Infos + infos, Fixable + fixable, FailedFiles + (report.Error is null ? 0 : 1));
    }

    /// <summary>True when some diagnostic is at or above the severity.</summary>
    public bool HasAtOrAbove(Severity threshold) =>
        (Errors > 0 && threshold <= Severity.Error) || (Warnings > 0 && threshold <= Severity.Warning) || (Infos > 0 && threshold <= Severity.Info);

    public string Describe()
    {
        var files = Files == 1 ? "1 file" : $"{Files} files";
        var text = $"{files} checked: {Plural(Diagnostics, "diagnostic")} ({Plural(Errors, "error")}, {Plural(Warnings, "warning")}, {Infos} info)";
        if (Fixable > 0)
        {
            text += $"; {Fixable} fixable with `corpuslint fix`";
        }

        if (FailedFiles > 0)
        {
            text += $"; {Plural(FailedFiles, "file")} could not be read";
        }

        return text + ".";
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
