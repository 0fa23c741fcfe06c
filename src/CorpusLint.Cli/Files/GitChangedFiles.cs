namespace CorpusLint.Cli.Files;

/// <summary>
/// The files a pull request touches, for `--changed-since REF`: files that differ between REF and the work
/// tree (added, copied, modified, renamed; not deleted) plus new files git does not ignore, as full paths.
/// </summary>
public static class GitChangedFiles
{
    public static (IReadOnlySet<string>? Files, string? Error) Since(string reference, string workingDirectory)
    {
        var top = Git.Run(workingDirectory, "rev-parse", "--show-toplevel");
        if (top.Error is not null)
        {
            return (null, $"--changed-since {reference}: {top.Error}");
        }

        string root = top.Output.Trim();
        var changed = Git.Run(root, "diff", "--name-only", "-z", "--no-renames", "--diff-filter=d", reference, "--");
        if (changed.Error is not null)
        {
            return (null, $"--changed-since {reference}: {changed.Error}");
        }

        var untracked = Git.Run(root, "ls-files", "--others", "--exclude-standard", "-z");
        if (untracked.Error is not null)
        {
            return (null, $"--changed-since {reference}: {untracked.Error}");
        }

        var files = (changed.Output + untracked.Output).Split('\0', StringSplitOptions.RemoveEmptyEntries)
            .Select(relative => Path.GetFullPath(relative, root))
            .ToHashSet(StringComparer.Ordinal);
        return (files, null);
    }
}
