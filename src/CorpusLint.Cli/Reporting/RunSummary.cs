using CorpusLint.Cli.Linting;
using CorpusLint.Diagnostics;

namespace CorpusLint.Cli.Reporting;

/// <summary>The counts every reporter's summary shows, added up file by file as the reports stream past.</summary>
public sealed record RunSummary(int Files, int Errors, int Warnings, int Infos, int Fixable, int FailedFiles)
{
    public static readonly RunSummary Empty = new(0, 0, 0, 0, 0, 0);

    public int Diagnostics => Errors + Warnings + Infos;

    public RunSummary Including(FileReport report)
    {
        int errors = 0, warnings = 0, infos = 0, fixable = 0;
        foreach (var diagnostic in report.Diagnostics)
        {
            switch (diagnostic.Severity)
            {
                case Severity.Error: errors++; break;
                case Severity.Warning: warnings++; break;
                case Severity.Info: infos++; break;
            }

            if (diagnostic.IsFixable)
            {
                fixable++;
            }
        }

        return new RunSummary(
            Files + 1, Errors + errors, Warnings + warnings, Infos + infos, Fixable + fixable, FailedFiles + (report.Error is null ? 0 : 1));
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
