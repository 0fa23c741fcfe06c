using System.CommandLine;
using CorpusLint.Cli.Configuration;
using CorpusLint.Cli.Hosting;
using CorpusLint.Configuration;

namespace CorpusLint.Cli.Baselines;

/// <summary>
/// `check --baseline FILE`: report only diagnostics the baseline does not hold. Without the option, a
/// corpuslint.baseline.json in the working directory is used when there is one.
/// </summary>
internal sealed class BaselineOptions
{
    public Option<string?> File { get; } = new("--baseline")
    {
        Description = $"Report only diagnostics not in this baseline file (default: {Baseline.DefaultFileName} in the working directory, if it exists).",
    };

    public void AddTo(Command command) => command.Add(File);

    /// <summary>The baseline to use (null: none); false when the named file is missing or malformed (printed).</summary>
    public bool TryOpen(ParseResult result, CliConsole console, out Baseline? baseline)
    {
        baseline = null;
        var named = result.GetValue(File);
        var path = Path.GetFullPath(named ?? Baseline.DefaultFileName, console.WorkingDirectory);
        if (!System.IO.File.Exists(path))
        {
            if (named is null)
            {
                return true;
            }

            console.Error.WriteLine($"error: {named}: the baseline file does not exist (create it with `corpuslint baseline`)");
            return false;
        }

        baseline = Load(path, console);
        return baseline is not null;
    }

    /// <summary>Reads a baseline file; null when it is unreadable or malformed (the problem is printed).</summary>
    public static Baseline? Load(string fullPath, CliConsole console)
    {
        try
        {
            return Baseline.Load(fullPath, console.WorkingDirectory);
        }
        catch (ConfigurationException e)
        {
            foreach (var error in e.Errors)
            {
                console.Error.WriteLine($"error: {ConfigurationOptions.Describe(error, console.WorkingDirectory)}");
            }

            return null;
        }
    }

    /// <summary>After a check: how many diagnostics the baseline held back, and which of its entries no longer occur.</summary>
    public static void ReportOutcome(Baseline? baseline, CliConsole console)
    {
        if (baseline is null)
        {
            return;
        }

        var name = DisplayName(baseline, console);
        console.Error.WriteLine($"{baseline.Baselined} {(baseline.Baselined == 1 ? "diagnostic" : "diagnostics")} baselined in {name}.");
        var stale = baseline.StaleEntries();
        foreach (var entry in stale)
        {
            string times = entry.Count == 1 ? string.Empty : $" ({entry.Count} of them)";
            console.Error.WriteLine($"info: {name}: baselined {entry.Rule} in {entry.File} no longer occurs{times}: {entry.Message}");
        }

        if (stale.Count > 0)
        {
            console.Error.WriteLine($"{stale.Count} stale baseline {(stale.Count == 1 ? "entry" : "entries")}; `corpuslint baseline --prune` removes {(stale.Count == 1 ? "it" : "them")}.");
        }
    }

    public static string DisplayName(Baseline baseline, CliConsole console) =>
        ConfigurationOptions.DisplayPath(baseline.FullPath, console.WorkingDirectory);
}
