using System.ComponentModel;
using System.Diagnostics;

namespace CorpusLint.Cli.Files;

/// <summary>Runs git in a folder and returns its standard output, or an error that says what failed.</summary>
public static class Git
{
    public static (string Output, string? Error) Run(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var git = Process.Start(start)!;
            var error = git.StandardError.ReadToEndAsync();
            string output = git.StandardOutput.ReadToEnd();
            git.WaitForExit();
            return git.ExitCode == 0 ? (output, null) : (output, $"git {arguments[0]} failed: {error.Result.Trim()}");
        }
        catch (Win32Exception e)
        {
            return (string.Empty, $"cannot run git: {e.Message}");
        }
    }
}
