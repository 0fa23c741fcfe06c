using System.Text;
using CorpusLint.Cli.Files;

namespace CorpusLint.Cli.Hooks;

/// <summary>
/// A plain git pre-commit hook for people without the pre-commit framework: it runs `corpuslint check` on
/// the staged .txt files and so refuses a commit that adds junk. It calls `corpuslint` from PATH (the global
/// tool) or else the repository's local tool (`dotnet tool run corpuslint`).
/// </summary>
public static class GitPreCommitHook
{
    /// <summary>The line that marks a hook as ours, so install may replace it but never someone else's hook.</summary>
    public const string Marker = "# Written by `corpuslint hook install`.";

    public const string Script =
        "#!/bin/sh\n" +
        Marker + " Delete this file to uninstall; skip it once with `git commit --no-verify`.\n" +
        "# Checks the staged .txt files (their working-tree content) and refuses the commit when corpuslint\n" +
        "# finds problems at or above --fail-on.\n" +
        "if git diff --cached --quiet --diff-filter=ACMR -- '*.txt'; then\n" +
        "  exit 0\n" +
        "fi\n" +
        "if command -v corpuslint >/dev/null 2>&1; then\n" +
        "  set -- corpuslint\n" +
        "else\n" +
        "  set -- dotnet tool run corpuslint\n" +
        "fi\n" +
        "git diff --cached --name-only -z --diff-filter=ACMR -- '*.txt' | xargs -0 \"$@\" check\n";

    /// <summary>Writes the hook into the repository around <paramref name="workingDirectory"/>; returns its path or an error.</summary>
    public static (string? Path, string? Error) Install(string workingDirectory, bool force)
    {
        // --git-path follows core.hooksPath and linked worktrees, so the hook lands where git looks for it.
        var (output, error) = Git.Run(workingDirectory, "rev-parse", "--git-path", "hooks");
        if (error is not null)
        {
            return (null, $"not in a git repository? {error}");
        }

        string hooks = System.IO.Path.GetFullPath(output.Trim(), workingDirectory);
        string path = System.IO.Path.Combine(hooks, "pre-commit");
        try
        {
            if (File.Exists(path) && !force && !File.ReadAllText(path).Contains(Marker, StringComparison.Ordinal))
            {
                return (null, $"{path} already exists and was not written by corpuslint; use --force to replace it");
            }

            Directory.CreateDirectory(hooks);
            File.WriteAllText(path, Script, new UTF8Encoding(false));
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
            }

            return (path, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"{path}: cannot write the hook: {e.Message}");
        }
    }
}
