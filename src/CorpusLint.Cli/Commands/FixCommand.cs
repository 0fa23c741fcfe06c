using System.CommandLine;
using System.Text;
using CorpusLint.Cli.Caching;
using CorpusLint.Cli.Configuration;
using CorpusLint.Cli.Files;
using CorpusLint.Cli.Hosting;
using CorpusLint.Cli.Linting;
using CorpusLint.Cli.Output;
using CorpusLint.Cli.Reporting;
using CorpusLint.Fixes;

namespace CorpusLint.Cli.Commands;

/// <summary>
/// `corpuslint fix`: rewrite articles into their clean, normalised form: in place (atomically), as copies
/// under --output-dir, as a diff (--diff, writes nothing), or from standard input to standard output.
/// </summary>
internal static class FixCommand
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static Command Create(CliConsole console)
    {
        var inputs = new InputOptions();
        var configuration = new ConfigurationOptions();
        var runOptions = new RunOptions();
        var jsonl = new JsonlOptions(forFix: true);
        var diff = new Option<bool>("--diff") { Description = "Print a unified diff of the changes and write nothing." };
        var check = new Option<bool>("--check") { Description = "Write nothing; exit 1 if any file would change (like dotnet format --verify-no-changes)." };
        var outputDir = new Option<string?>("--output-dir") { Description = "Write fixed copies under this folder and leave the inputs alone." };
        var unsafeFixes = new Option<bool>("--unsafe-fixes") { Description = "Also apply fixes marked unsafe (judgement calls)." };
        var guard = new FixGuardOptions();

        var command = new Command("fix", "Rewrite articles into their clean, normalised form.");
        inputs.AddTo(command);
        configuration.AddTo(command);
        command.Add(diff);
        command.Add(check);
        command.Add(outputDir);
        command.Add(unsafeFixes);
        guard.AddTo(command);
        runOptions.AddTo(command);
        jsonl.AddTo(command);
        command.SetAction(result =>
        {
            if (configuration.Load(result, inputs, console, readsRecords: jsonl.IsOn(result)) is not { } run)
            {
                return ExitCodes.Error;
            }

            var options = guard.Apply(result, new FixOptions { IncludeUnsafe = result.GetValue(unsafeFixes) });
            if (jsonl.IsOn(result))
            {
                return jsonl.Run(result, inputs, runOptions, console, run, options, incompatible: [diff, check, outputDir]);
            }

            if (!runOptions.TrySelectShard(result, console, run.Files, out var files))
            {
                return ExitCodes.Error;
            }

            var mode = new FixMode(
                Diff: result.GetValue(diff),
                Check: result.GetValue(check),
                OutputDir: result.GetValue(outputDir) is { } dir ? Path.GetFullPath(dir, console.WorkingDirectory) : null);
            long maxFileSize = inputs.MaxFileSizeOf(result);

            // With standard input the fixed text owns standard output, so messages go to standard error.
            bool messagesToError = run.Files.Any(f => f.IsStandardInput) || mode.Diff;
            var messages = messagesToError ? console.Error : console.Out;
            int changed = 0, failed = 0, fixes = 0, refused = 0;

            // Only with --output-dir: the other modes print per file on standard output, which a bar would garble.
            using (var linter = runOptions.CreateLinter(result, console, run.Linter, files, options))
            using (var progress = ProgressBar.Start(console, mode.OutputDir is null ? 0 : files.Count))
            {
                var outcomes = runOptions.CreatePipeline(result, console).Run(files, (file, fileConsole) =>
                    FixFile(file, linter, options, mode, fileConsole, maxFileSize, messagesToError ? fileConsole.Error : fileConsole.Out));
                foreach (var outcome in outcomes.Select(progress.Counting))
                {
                    failed += outcome.Failed ? 1 : 0;
                    changed += outcome.Changed ? 1 : 0;
                    refused += outcome.Refused ? 1 : 0;
                    fixes += outcome.Fixes;
                }
            }

            string verb = mode.Diff || mode.Check ? "would change" : "changed";
            messages.WriteLine($"{files.Count} files read: {changed} {verb} ({fixes} fixes applied)" +
                $"{(refused > 0 ? $"; {refused} not fixed (see the errors above)" : string.Empty)}{(failed > 0 ? $"; {failed} could not be fixed" : string.Empty)}.");

            if (run.DiscoveryFailed || failed > 0)
            {
                return ExitCodes.Error;
            }

            return (mode.Check && changed > 0) || refused > 0 ? ExitCodes.Findings : ExitCodes.Success;
        });
        return command;
    }

    private static FileOutcome FixFile(InputFile file, CachedLinter linter, FixOptions options, FixMode mode, CliConsole console, long maxFileSize, TextWriter messages)
    {
        var (bytes, text, error) = InputReader.Read(file, console.OpenStandardInput, maxFileSize);
        if (error is not null)
        {
            console.Error.WriteLine($"error: {error}");
            return new FileOutcome(Failed: true, Changed: false, Fixes: 0);
        }

        var fixedResult = linter.Fix(file, bytes, text!, options);
        if (fixedResult.Refusal is { } refusal)
        {
            messages.WriteLine(MsBuildReporter.Format(file.DisplayPath, refusal));
        }

        // A refused fix leaves the file as it is: its copy (under --output-dir, or on standard output) too.
        var newBytes = fixedResult.Refusal is null ? Utf8NoBom.GetBytes(fixedResult.Fixed.Text) : bytes!;
        bool changed = !newBytes.AsSpan().SequenceEqual(bytes);
        int fixes = fixedResult.Applied.Count;
        try
        {
            if (mode.Diff)
            {
                console.Out.Write(UnifiedDiff.Create(text!.Text, fixedResult.Fixed.Text, "a/" + file.DisplayPath, "b/" + file.DisplayPath));
            }
            else if (mode.Check)
            {
                if (changed)
                {
                    console.Out.WriteLine($"Would fix {file.DisplayPath} ({Describe(fixedResult)})");
                }
            }
            else if (file.IsStandardInput)
            {
                console.Out.Write(fixedResult.Fixed.Text);
            }
            else if (mode.OutputDir is { } outputDir)
            {
                AtomicFileWriter.Write(Path.Combine(outputDir, file.RelativePath), newBytes, expectedCurrentContent: null);
            }
            else if (changed)
            {
                AtomicFileWriter.Write(file.FullPath!, newBytes, expectedCurrentContent: bytes);
                console.Out.WriteLine($"Fixed {file.DisplayPath} ({Describe(fixedResult)})");
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"error: {file.DisplayPath}: cannot write the fixed file: {e.Message}");
            return new FileOutcome(Failed: true, Changed: false, Fixes: 0);
        }

        return new FileOutcome(Failed: false, Changed: changed, Fixes: fixes) { Refused = fixedResult.Refusal is not null };
    }

    // "3 fixes: CL2001 x2, CL8002" — which rules changed the file, most frequent first.
    private static string Describe(FixResult result)
    {
        if (result.Applied.Count == 0)
        {
            return "normalised";
        }

        var byRule = result.Applied.GroupBy(d => d.Id).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Count() == 1 ? g.Key : $"{g.Key} x{g.Count()}");
        return $"{result.Applied.Count} fixes: {string.Join(", ", byRule)}";
    }

    private sealed record FixMode(bool Diff, bool Check, string? OutputDir);

    private sealed record FileOutcome(bool Failed, bool Changed, int Fixes)
    {
        public bool Refused { get; init; }
    }
}
