using CorpusLint.Cli.Linting;
using CorpusLint.Diagnostics;

namespace CorpusLint.Cli.Reporting;

/// <summary>
/// When a check run fails (exit 1): a diagnostic at or above <see cref="FailOn"/>, or, with
/// <see cref="MaxWarnings"/> set, more warnings than that (ESLint's --max-warnings). Setting a warning
/// budget means warnings within it do not fail the run on their own.
/// </summary>
public sealed record FailureGate(Severity FailOn, int? MaxWarnings)
{
    public bool Fails(IReadOnlyList<FileReport> reports)
    {
        var diagnostics = reports.SelectMany(r => r.Diagnostics).ToList();
        bool overThreshold = diagnostics.Any(d => d.Severity >= FailOn && !(d.Severity == Severity.Warning && MaxWarnings is not null));
        bool overBudget = MaxWarnings is { } budget && diagnostics.Count(d => d.Severity == Severity.Warning) > budget;
        return overThreshold || overBudget;
    }
}
