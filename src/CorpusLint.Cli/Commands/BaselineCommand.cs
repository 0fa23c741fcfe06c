using System.CommandLine;
using CorpusLint.Cli.Baselines;
using CorpusLint.Cli.Configuration;
using CorpusLint.Cli.Hosting;
using CorpusLint.Cli.Linting;

namespace CorpusLint.Cli.Commands;

/// <summary>
/// `corpuslint baseline`: record today's diagnostics in corpuslint.baseline.json so that `check` reports only
/// new ones; `--prune` only removes entries that no longer occur. Nothing is written when an input is unreadable.
/// </summary>
internal static class BaselineCommand
{
    public static Command Create(CliConsole console)
    {
        var inputs = new InputOptions();
        var configuration = new ConfigurationOptions();
        var file = new Option<string>("--baseline")
        {
            Description = "The baseline file to write.",
            DefaultValueFactory = _ => Baseline.DefaultFileName,
        };
        var prune = new Option<bool>("--prune") { Description = "Only remove entries that no longer occur; add nothing new." };

        var command = new Command("baseline", "Record the diagnostics that exist today, so that check reports only new ones.");
        inputs.AddTo(command);
        configuration.AddTo(command);
        command.Add(file);
        command.Add(prune);
        command.SetAction(result =>
        {
            var path = Path.GetFullPath(result.GetValue(file)!, console.WorkingDirectory);
            bool pruning = result.GetValue(prune);
            if (Open(path, pruning, console) is not { } baseline)
            {
                return ExitCodes.Error;
            }

            if (configuration.Load(result, inputs, console, baseline) is not { } run)
            {
                return ExitCodes.Error;
            }

            int failed = 0;
            foreach (var input in run.Files)
            {
                var (_, text, error) = InputReader.Read(input, console.OpenStandardInput, inputs.MaxFileSizeOf(result));
                if (error is not null)
                {
                    console.Error.WriteLine($"error: {error}");
                    failed++;
                    continue;
                }

                run.Linter.Analyze(text!, input.DisplayPath);
            }

            var name = BaselineOptions.DisplayName(baseline, console);
            if (failed > 0 || run.DiscoveryFailed)
            {
                console.Error.WriteLine($"error: {name} was not written: some inputs could not be read.");
                return ExitCodes.Error;
            }

            var before = baseline.DiagnosticCount;
            var updated = baseline.Updated(pruning);
            try
            {
                baseline.Write(updated);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                console.Error.WriteLine($"error: {name}: cannot write the baseline: {e.Message}");
                return ExitCodes.Error;
            }

            int diagnostics = updated.Entries.Sum(e => e.Count);
            int files = updated.Entries.Select(e => e.File).Distinct().Count();
            console.Out.WriteLine(pruning
                ? $"Pruned {name}: {before - diagnostics} stale diagnostics removed, {diagnostics} remain in {files} files."
                : $"Wrote {name}: {diagnostics} diagnostics in {files} files ({run.Files.Count} files checked).");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Baseline? Open(string path, bool pruning, CliConsole console)
    {
        if (!File.Exists(path))
        {
            if (!pruning)
            {
                return Baseline.Empty(path, console.WorkingDirectory);
            }

            console.Error.WriteLine($"error: {path}: there is no baseline to prune");
            return null;
        }

        return BaselineOptions.Load(path, console);
    }
}
