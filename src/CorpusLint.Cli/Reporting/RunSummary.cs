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
