using System.CommandLine;
using CorpusLint.Cli.Hooks;
using CorpusLint.Cli.Hosting;

namespace CorpusLint.Cli.Commands;

/// <summary>`corpuslint hook install`: a plain git pre-commit hook that checks the staged articles.</summary>
internal static class HookCommand
{
    public static Command Create(CliConsole console)
    {
        var force = new Option<bool>("--force") { Description = "Replace an existing pre-commit hook that corpuslint did not write." };
        var install = new Command("install", "Write a git pre-commit hook that runs `corpuslint check` on the staged .txt files.") { force };
        install.SetAction(result =>
        {
            var (path, error) = GitPreCommitHook.Install(console.WorkingDirectory, result.GetValue(force));
            if (error is not null)
            {
                console.Error.WriteLine($"error: {error}");
                return ExitCodes.Error;
            }

            console.Out.WriteLine($"Installed the pre-commit hook at {path}");
            return ExitCodes.Success;
        });

        return new Command("hook", "Git hooks: `hook install` writes a pre-commit hook that checks staged articles.") { install };
    }
}
