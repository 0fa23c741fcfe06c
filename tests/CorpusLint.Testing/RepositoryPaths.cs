using System.Runtime.CompilerServices;

namespace CorpusLint.Testing;

/// <summary>Where the repository's fixtures are, and the shared data sets beside the checkout.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Fixtures => Path.Combine(Root, "fixtures");

    /// <summary>
    /// ../shared beside the checkout (for a git worktree, beside its main checkout); absent on a user's
    /// clone, so tests that need it skip.
    /// </summary>
    public static string Shared => Path.GetFullPath(Path.Combine(MainCheckout(Root), "..", "shared"));

    public static string Fixture(params string[] parts) => Path.Combine([Fixtures, .. parts]);

    // A worktree's .git is a file, "gitdir: <main>/.git/worktrees/<name>"; its main checkout holds <main>/.git.
    private static string MainCheckout(string root)
    {
        var gitFile = Path.Combine(root, ".git");
        if (!File.Exists(gitFile) || File.ReadAllText(gitFile).Trim() is not ['g', 'i', 't', 'd', 'i', 'r', ':', .. var gitDir])
        {
            return root;
        }

        var worktrees = Directory.GetParent(Path.GetFullPath(gitDir.Trim(), root));
        return worktrees?.Name == "worktrees" && worktrees.Parent?.Parent is { } main ? main.FullName : root;
    }

    private static string FindRoot([CallerFilePath] string here = "")
    {
        var directory = new DirectoryInfo(Path.GetDirectoryName(here)!);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CorpusLint.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("cannot find CorpusLint.sln above " + here);
    }
}
