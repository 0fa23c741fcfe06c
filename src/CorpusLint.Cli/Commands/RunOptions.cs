using System.CommandLine;
using CorpusLint.Cli.Caching;
using CorpusLint.Cli.Files;
using CorpusLint.Cli.Hosting;
using CorpusLint.Cli.Linting;
using CorpusLint.Cli.Pipeline;
using CorpusLint.Fixes;

namespace CorpusLint.Cli.Commands;

/// <summary>How check and fix run over many files: parallel jobs, the result cache, and sharding.</summary>
internal sealed class RunOptions
{
    public Option<int> Jobs { get; } = new("--jobs", "-j")
    {
        Description = "Files processed in parallel. Default: the number of cores.",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };

    public Option<bool> NoCache { get; } = new("--no-cache")
    {
        Description = "Neither read nor write the result cache.",
    };

    public Option<string?> CacheDir { get; } = new("--cache-dir")
    {
        Description = $"Where the result cache lives. Default: {ResultCache.DirectoryName} in the current directory.",
    };

    public Option<string?> ShardOption { get; } = new("--shard")
    {
        Description = "Process only shard K of N (e.g. 2/8), chosen by a stable hash of each file's relative path.",
    };

    public void AddTo(Command command)
    {
        Jobs.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--jobs must be at least 1");
            }
        });
        command.Add(Jobs);
        command.Add(NoCache);
        command.Add(CacheDir);
        command.Add(ShardOption);
    }

    public FilePipeline CreatePipeline(ParseResult result, CliConsole console) => new(console, result.GetValue(Jobs));

    /// <summary>The linter behind the result cache (unless --no-cache), told which files the run reads.</summary>
    public CachedLinter CreateLinter(ParseResult result, CliConsole console, Linter linter, IReadOnlyList<InputFile> files, FixOptions? fixOptions)
    {
        var cached = new CachedLinter(linter, result.GetValue(NoCache) ? null : new ResultCache(CacheRoot(result, console), linter.DescriptorsById));
        cached.Expect(files, fixOptions);
        return cached;
    }

    public static string DefaultCacheRoot(CliConsole console) => Path.Combine(console.WorkingDirectory, ResultCache.DirectoryName);

    public string CacheRoot(ParseResult result, CliConsole console) =>
        result.GetValue(CacheDir) is { } dir ? Path.GetFullPath(dir, console.WorkingDirectory) : DefaultCacheRoot(console);

    /// <summary>The files of the requested shard (all of them without --shard); false after printing a usage error.</summary>
    public bool TrySelectShard(ParseResult result, CliConsole console, IReadOnlyList<InputFile> files, out IReadOnlyList<InputFile> selected)
    {
        selected = files;
        if (result.GetValue(ShardOption) is not { } text)
        {
            return true;
        }

        if (!Shard.TryParse(text, out var shard, out var error))
        {
            console.Error.WriteLine($"error: {error}");
            return false;
        }

        selected = files.Where(shard.Contains).ToList();
        return true;
    }
}
