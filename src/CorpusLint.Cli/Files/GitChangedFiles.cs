using System.ComponentModel;
using System.Diagnostics;

namespace CorpusLint.Cli.Files;

/// <summary>
/// The files a pull request touches, for `--changed-since REF`: files that differ between REF and the work
/// tree (added, copied, modified, renamed; not deleted) plus new files git does not ignore, as full paths.
/// </summary>
public static class GitChangedFiles
{
    public static (IReadOnlySet<string>? Files, string? Error) Since(string reference, string workingDirectory)
    {
        var top = RunGit(workingDirectory, "rev-parse", "--show-toplevel");
        if (top.Error is not null)
        {
            return (null, $"--changed-since {reference}: {top.Error}");
        }

        string root = top.Output.Trim();
        var changed = RunGit(root, "diff", "--name-only", "-z", "--no-renames", "--diff-filter=d", reference, "--");
        if (changed.Error is not null)
        {
            return (null, $"--changed-since {reference}: {changed.Error}");
        }

        var untracked = RunGit(root, "ls-files", "--others", "--exclude-standard", "-z");
        if (untracked.Error is not null)
        {
            return (null, $"--changed-since {reference}: {untracked.Error}");
        }

        var files = (changed.Output + untracked.Output).Split('\0', StringSplitOptions.RemoveEmptyEntries)
            .Select(relative => Path.GetFullPath(relative, root))
            .ToHashSet(StringComparer.Ordinal);
        return (files, null);
    }

    private static (string Output, string? Error) RunGit(string directory, params string[] arguments)
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
