using System.CommandLine;
using CorpusLint.Cli.Configuration;
using CorpusLint.Cli.Hosting;
using CorpusLint.Cli.Pipeline;
using CorpusLint.Diagnostics;
using CorpusLint.Fixes;

namespace CorpusLint.Cli.Commands;

/// <summary>
/// `--jsonl`: check or fix JSON Lines records (`{"id": …, "text": …}`) from files or standard input and write
/// the same records, in the same order, to standard output: the interchange format of corpus pipelines, and
/// what lets Spark's RDD.pipe, Hadoop streaming or a job array run CorpusLint as a map step.
/// </summary>
internal sealed class JsonlOptions(bool forFix)
{
    public Option<bool> Enabled { get; } = new("--jsonl")
    {
        Description = "Read JSON Lines records (the paths are .jsonl files, '-' or none for standard input) and write the records to standard output.",
    };

    public Option<string> IdField { get; } = new("--id-field")
    {
        Description = "With --jsonl: the field that names a record in diagnostics.",
        DefaultValueFactory = _ => "id",
    };

    public Option<string> TextField { get; } = new("--text-field")
    {
        Description = "With --jsonl: the field that holds the article text.",
        DefaultValueFactory = _ => "text",
    };

    public Option<bool> WithDiagnostics { get; } = new("--diagnostics")
    {
        Description = $"With --jsonl: add a \"{JsonlProcessor.DiagnosticsField}\" array to each record (what check reports on the text as it came).",
    };

    public void AddTo(Command command)
    {
        command.Add(Enabled);
        command.Add(IdField);
        command.Add(TextField);
        if (forFix)
        {
            command.Add(WithDiagnostics);
        }
    }

    public bool IsOn(ParseResult result) => result.GetValue(Enabled);

    /// <summary>`check --jsonl`: every record comes back with its diagnostics; exits like check.</summary>
    public int Run(ParseResult result, InputOptions inputs, RunOptions runOptions, CliConsole console, LintRun run, Severity failOn)
    {
        var processor = new JsonlProcessor(run.Linter, result.GetValue(IdField)!, result.GetValue(TextField)!);
        var tally = Process(result, inputs, runOptions, console, run, processor.Check, out bool usageError);
        if (usageError)
        {
            return ExitCodes.Error;
        }

        console.Error.WriteLine($"{tally.Records} records checked: {tally.Diagnostics} diagnostics{tally.FailureNote}.");
        if (tally.Failed > 0)
        {
            return ExitCodes.Error;
        }

        return tally.MaxSeverity >= failOn && tally.Diagnostics > 0 ? ExitCodes.Findings : ExitCodes.Success;
    }

    /// <summary>`fix --jsonl`: every record comes back with its text fixed.</summary>
    public int Run(ParseResult result, InputOptions inputs, RunOptions runOptions, CliConsole console, LintRun run, FixOptions options, IReadOnlyList<Option> incompatible)
    {
        if (incompatible.FirstOrDefault(o => result.GetResult(o) is { Implicit: false }) is { } clash)
        {
            console.Error.WriteLine($"error: {clash.Name} cannot be used with --jsonl, which writes the fixed records to standard output");
            return ExitCodes.Error;
        }

        var processor = new JsonlProcessor(run.Linter, result.GetValue(IdField)!, result.GetValue(TextField)!);
        bool withDiagnostics = result.GetValue(WithDiagnostics);
        var tally = Process(result, inputs, runOptions, console, run, record => processor.Fix(record, options, withDiagnostics), out bool usageError);
        if (usageError)
        {
            return ExitCodes.Error;
        }

        console.Error.WriteLine($"{tally.Records} records read: {tally.Changed} changed ({tally.Fixes} fixes applied){tally.FailureNote}.");
        return tally.Failed > 0 ? ExitCodes.Error : ExitCodes.Success;
    }

    private static Tally Process(ParseResult result, InputOptions inputs, RunOptions runOptions, CliConsole console, LintRun run, Func<JsonlRecord, JsonlOutcome> work, out bool usageError)
    {
        // A missing input was reported by discovery already; with records, nothing can run without all of them.
        usageError = run.DiscoveryFailed;
        if (result.GetValue(runOptions.ShardOption) is not null)
        {
            console.Error.WriteLine("error: --shard splits a folder of files; with --jsonl, give each worker its own part of the records instead");
            usageError = true;
        }

        if (usageError)
        {
            return new Tally();
        }

        var paths = inputs.PathsOf(result, readsRecords: true);
        var records = paths.SelectMany(path => path == "-"
            ? JsonlRecord.ReadAll(result.GetValue(inputs.StdinFileName) ?? "<stdin>", console.OpenStandardInput)
            : JsonlRecord.ReadAll(path, () => File.OpenRead(Path.GetFullPath(path, console.WorkingDirectory))));

        var tally = new Tally();
        foreach (var outcome in OrderedParallel.Select(records, result.GetValue(runOptions.Jobs), work))
        {
            console.Out.WriteLine(outcome.Line);
            if (outcome.Error is { } error)
            {
                console.Error.WriteLine($"error: {error}");
            }

            tally.Add(outcome);
        }

        return tally;
    }

    private sealed class Tally
    {
        public long Records { get; private set; }

        public long Diagnostics { get; private set; }

        public long Failed { get; private set; }

        public long Changed { get; private set; }

        public long Fixes { get; private set; }

        public Severity MaxSeverity { get; private set; }

        public string FailureNote => Failed > 0 ? $"; {Failed} records could not be read (passed through unchanged)" : string.Empty;

        public void Add(JsonlOutcome outcome)
        {
            Records++;
            Diagnostics += outcome.Diagnostics.Count;
            Failed += outcome.Error is null ? 0 : 1;
            Changed += outcome.Changed ? 1 : 0;
            Fixes += outcome.Fixes;
            foreach (var d in outcome.Diagnostics)
            {
                MaxSeverity = d.Severity > MaxSeverity ? d.Severity : MaxSeverity;
            }
        }
    }
}
