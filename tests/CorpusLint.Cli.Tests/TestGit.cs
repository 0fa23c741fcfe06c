using CorpusLint.Cli.Files;

namespace CorpusLint.Cli.Tests;

/// <summary>Makes a throw-away folder a git repository and runs git in it, failing the test when git fails.</summary>
internal static class TestGit
{
    public static void Init(string root)
    {
        Run(root, "init", "--quiet", "--initial-branch=main");
        Run(root, "config", "user.name", "CorpusLint tests");
        Run(root, "config", "user.email", "tests@corpuslint.invalid");
        Run(root, "config", "commit.gpgsign", "false");
    }

    public static string Run(string root, params string[] arguments)
    {
        var (output, error) = Git.Run(root, arguments);
        Assert.True(error is null, error);
        return output;
    }

    public static void CommitAll(string root, string message)
    {
        Run(root, "add", "--all");
        Run(root, "commit", "--quiet", "--no-verify", "-m", message);
    }
}
