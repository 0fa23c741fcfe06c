using CorpusLint.Diagnostics;

namespace CorpusLint.Cli.Reporting;

/// <summary>
/// When a check run fails (exit 1): a diagnostic at or above <see cref="FailOn"/>, or, with
/// <see cref="MaxWarnings"/> set, more warnings than that (ESLint's --max-warnings). Setting a warning
/// budget means warnings within it do not fail the run on their own. Decided from the run's counts alone.
/// </summary>
public sealed record FailureGate(Severity FailOn, int? MaxWarnings)
{
    public bool Fails(RunSummary summary)
    {
        bool overThreshold = Count(summary, Severity.Error) > 0
            || (MaxWarnings is null && Count(summary, Severity.Warning) > 0)
            || Count(summary, Severity.Info) > 0;
        bool overBudget = MaxWarnings is { } budget && summary.Warnings > budget;
        return overThreshold || overBudget;
    }

    // The diagnostics of a severity that counts towards the threshold: those at or above it.
    private int Count(RunSummary summary, Severity severity) => severity < FailOn ? 0 : severity switch
    {
        Severity.Error => summary.Errors,
        Severity.Warning => summary.Warnings,
        _ => summary.Infos,
    };
}
