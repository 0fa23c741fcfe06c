using System.CommandLine;
using CorpusLint.Cli.Caching;
using CorpusLint.Cli.Hosting;

namespace CorpusLint.Cli.Commands;

/// <summary>`corpuslint clean`: delete the result cache (like `ruff clean`).</summary>
internal static class CleanCommand
{
    public static Command Create(CliConsole console)
    {
        var cacheDir = new Option<string?>("--cache-dir") { Description = $"The cache to delete. Default: {ResultCache.DirectoryName} in the current directory." };
        var command = new Command("clean", "Delete the result cache.");
        command.Add(cacheDir);
        command.SetAction(result =>
        {
            var root = result.GetValue(cacheDir) is { } dir ? Path.GetFullPath(dir, console.WorkingDirectory) : RunOptions.DefaultCacheRoot(console);
            try
            {
                bool removed = ResultCache.Clear(root);
                console.Out.WriteLine(removed ? $"Removed {root}" : $"No cache at {root}");
                return ExitCodes.Success;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                console.Error.WriteLine($"error: {root}: cannot delete the cache: {e.Message}");
                return ExitCodes.Error;
            }
        });
        return command;
    }
}
