using System.CommandLine;
using CorpusLint.Cli.Files;
using CorpusLint.Cli.Linting;

namespace CorpusLint.Cli.Commands;

/// <summary>The options every verb that reads articles shares: what to read and how to name standard input.</summary>
internal sealed class InputOptions
{
    public Argument<string[]> Paths { get; } = new("paths")
    {
        Description = "Files, directories or globs to read; '-' reads standard input. Default: the current directory.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public Option<string[]> Include { get; } = new("--include")
    {
        Description = "Glob of files to read inside directories (repeatable). Default: **/*.txt",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<string[]> Exclude { get; } = new("--exclude")
    {
        Description = "Glob of files to skip (repeatable).",
    };

    public Option<string?> StdinFileName { get; } = new("--stdin-filename")
    {
        Description = "The name reports use for standard input ('-').",
    };

    public Option<string> MaxFileSize { get; } = CreateMaxFileSize();

    public Option<string?> ChangedSince { get; } = new("--changed-since")
    {
        Description = "Only files changed between this git revision and the work tree (plus new untracked files).",
    };

    public void AddTo(Command command)
    {
        command.Add(Paths);
        command.Add(Include);
        command.Add(Exclude);
        command.Add(StdinFileName);
        command.Add(MaxFileSize);
        command.Add(ChangedSince);
    }

    /// <summary>The --max-file-size limit in bytes (validated at parse time).</summary>
    public long MaxFileSizeOf(ParseResult result) =>
        FileSize.TryParse(result.GetValue(MaxFileSize)!, out var bytes) ? bytes : InputReader.DefaultMaxFileSize;

    private static Option<string> CreateMaxFileSize()
    {
        var option = new Option<string>("--max-file-size")
        {
            Description = "Refuse files larger than this (bytes, or with a K, M or G suffix), with an error. Default: 16M",
            DefaultValueFactory = _ => "16M",
        };
        option.Validators.Add(result =>
        {
            if (!FileSize.TryParse(result.GetValueOrDefault<string>(), out _))
            {
                result.AddError($"--max-file-size: '{result.GetValueOrDefault<string>()}' is not a size such as 16M, 512K or 1048576");
            }
        });
        return option;
    }

    /// <summary>The paths given, or when none is: standard input for a run over records, else the current directory.</summary>
    public IReadOnlyList<string> PathsOf(ParseResult result, bool readsRecords) =>
        result.GetValue(Paths) is { Length: > 0 } given ? given : readsRecords ? ["-"] : ["."];

    /// <param name="readsRecords">A run over JSON Lines records (--jsonl): with no path it reads standard input, and walks no folder.</param>
    /// <param name="defaultIncludes">What directories are searched for when --include is not given (default: **/*.txt).</param>
    public DiscoveryResult Discover(ParseResult result, string workingDirectory, bool readsRecords, IReadOnlyList<string>? defaultIncludes = null)
    {
        var includes = result.GetValue(Include) is { Length: > 0 } i ? i : defaultIncludes ?? FileDiscovery.DefaultIncludes;
        var excludes = result.GetValue(Exclude) ?? [];
        var paths = PathsOf(result, readsRecords);

        // The parser hands unknown options to the paths argument; say what they are rather than "no such file".
        var unknown = paths.Where(p => p.StartsWith('-') && p != "-" && !File.Exists(Path.Combine(workingDirectory, p))).ToList();
        if (unknown.Count > 0)
        {
            return new DiscoveryResult([], unknown.Select(u => $"{u}: unknown option (see --help)").ToList(), []);
        }

        var discovery = new FileDiscovery(workingDirectory, includes, excludes);
        var discovered = discovery.Discover(paths, result.GetValue(StdinFileName));
        return result.GetValue(ChangedSince) is { } reference ? OnlyChanged(discovered, reference, workingDirectory) : discovered;
    }

    // A pull request is judged on what it touches: keep standard input and the files git reports as changed.
    private static DiscoveryResult OnlyChanged(DiscoveryResult discovered, string reference, string workingDirectory)
    {
        var (changed, error) = GitChangedFiles.Since(reference, workingDirectory);
        if (changed is null)
        {
            return discovered with { Files = [], Errors = [.. discovered.Errors, error!] };
        }

        return discovered with { Files = discovered.Files.Where(f => f.IsStandardInput || changed.Contains(f.FullPath!)).ToList() };
    }
}
