using System.CommandLine;
using CorpusLint.Cli.Baselines;
using CorpusLint.Cli.Caching;
using CorpusLint.Cli.Configuration;
using CorpusLint.Cli.Hosting;
using CorpusLint.Cli.Linting;
using CorpusLint.Cli.Reporting;
using CorpusLint.Diagnostics;

namespace CorpusLint.Cli.Commands;

/// <summary>`corpuslint check`: report diagnostics; exit 1 when any is at or above the failing severity.</summary>
internal static class CheckCommand
{
    public static Command Create(CliConsole console)
    {
        var inputs = new InputOptions();
        var configuration = new ConfigurationOptions();
        var baselineOptions = new BaselineOptions();
        var runOptions = new RunOptions();
        var jsonl = new JsonlOptions(forFix: false);
        var failOn = new Option<string>("--fail-on")
        {
            Description = "The lowest severity that makes check exit 1: error, warning or info.",
            DefaultValueFactory = _ => "warning",
        };
        failOn.AcceptOnlyFromAmong("error", "warning", "info");

        var report = new ReportOptions();
        var command = new Command("check", "Report scraper junk and non-canonical text in articles.");
        inputs.AddTo(command);
        configuration.AddTo(command);
        baselineOptions.AddTo(command);
        command.Add(failOn);
        report.AddTo(command);
        runOptions.AddTo(command);
        jsonl.AddTo(command);
        command.SetAction(result =>
        {
            if (!baselineOptions.TryOpen(result, console, out var baseline) || configuration.Load(result, inputs, console, baseline, jsonl.IsOn(result)) is not { } run)
            {
                return ExitCodes.Error;
            }

            if (jsonl.IsOn(result))
            {
                SeverityNames.TryParse(result.GetValue(failOn)!, out var failOnSeverity);
                return jsonl.Run(result, inputs, runOptions, console, run, failOnSeverity);
            }

            if (!runOptions.TrySelectShard(result, console, run.Files, out var files))
            {
                return ExitCodes.Error;
            }

            bool discoveryFailed = run.DiscoveryFailed;
            long maxFileSize = inputs.MaxFileSizeOf(result);
            using var sink = report.Open(result, run.Linter.Descriptors, console);
            if (sink is null)
            {
                return ExitCodes.Error;
            }

            // Each file's report goes to the reporter as soon as it is checked (in path order) and is then dropped.
            using (var linter = runOptions.CreateLinter(result, console, run.Linter, files, fixOptions: null))
            using (var progress = ProgressBar.Start(console, files.Count))
            {
                bool codeFrames = report.ShowsCodeFrames(result);
                foreach (var (fileReport, formatted) in runOptions.CreatePipeline(result, console).Run(files, (file, fileConsole) =>
                {
                    var checkedFile = CheckFile(file, linter, fileConsole, maxFileSize, codeFrames);
                    return (checkedFile, sink.FormatAhead(checkedFile));
                }))
                {
                    progress.Advance();
                    sink.Add(fileReport, formatted);
                }
            }

            bool reportFailed = !sink.Finish(console);
            BaselineOptions.ReportOutcome(baseline, console);

            SeverityNames.TryParse(result.GetValue(failOn)!, out var threshold);
            if (discoveryFailed || reportFailed || sink.Summary.FailedFiles > 0)
            {
                return ExitCodes.Error;
            }

            return report.Gate(result, threshold).Fails(sink.Summary) ? ExitCodes.Findings : ExitCodes.Success;
        });
        return command;
    }

    internal static FileReport CheckFile(Files.InputFile file, Linter linter, CliConsole console, long maxFileSize, bool codeFrames = true) =>
        CheckFile(file, new CachedLinter(linter, cache: null), console, maxFileSize, codeFrames);

    private static FileReport CheckFile(Files.InputFile file, CachedLinter linter, CliConsole console, long maxFileSize, bool codeFrames)
    {
        var (bytes, readError) = InputReader.ReadBytes(file, console.OpenStandardInput, maxFileSize);
        var report = bytes is null ? FileReport.Failed(file, readError!) : linter.Check(file, bytes, keepFlaggedLines: codeFrames);
        if (report.Error is { } error)
        {
            console.Error.WriteLine($"error: {error}");
        }

        return report;
    }
}
