using CorpusLint.Cli.Hooks;

namespace CorpusLint.Cli.Tests.Hooks;

public class GitPreCommitHookTests
{
    [Fact]
    public void InstallWritesAnExecutableHookIntoTheRepository()
    {
        using var corpus = new TempCorpus();
        TestGit.Init(corpus.Root);
        Directory.CreateDirectory(corpus.PathOf("articles"));

        var result = CliRunner.Run(corpus.PathOf("articles"), "hook", "install");

        Assert.Equal(0, result.ExitCode);
        var hook = corpus.PathOf(".git/hooks/pre-commit");
        Assert.Contains(hook, result.Out);
        Assert.Equal(GitPreCommitHook.Script, File.ReadAllText(hook));
        if (!OperatingSystem.IsWindows())
        {
            Assert.True(File.GetUnixFileMode(hook).HasFlag(UnixFileMode.UserExecute));
        }
    }

    [Fact]
    public void InstallFollowsCoreHooksPath()
    {
        using var corpus = new TempCorpus();
        TestGit.Init(corpus.Root);
        TestGit.Run(corpus.Root, "config", "core.hooksPath", "githooks");

        Assert.Equal(0, CliRunner.Run(corpus.Root, "hook", "install").ExitCode);
        Assert.True(File.Exists(corpus.PathOf("githooks/pre-commit")));
    }

    [Fact]
    public void InstallLeavesSomeoneElsesHookAloneUnlessForced()
    {
        using var corpus = new TempCorpus();
        TestGit.Init(corpus.Root);
        var hook = corpus.Write(".git/hooks/pre-commit", "#!/bin/sh\nmake lint\n");

        var refused = CliRunner.Run(corpus.Root, "hook", "install");
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("already exists and was not written by corpuslint; use --force", refused.Error);
        Assert.Equal("#!/bin/sh\nmake lint\n", File.ReadAllText(hook));

        Assert.Equal(0, CliRunner.Run(corpus.Root, "hook", "install", "--force").ExitCode);
        Assert.Equal(GitPreCommitHook.Script, File.ReadAllText(hook));

        // Our own hook may be rewritten without --force (e.g. after an upgrade).
        Assert.Equal(0, CliRunner.Run(corpus.Root, "hook", "install").ExitCode);
    }

    [Fact]
    public void InstallOutsideARepositoryIsAnError()
    {
        using var corpus = new TempCorpus();
        var result = CliRunner.Run(corpus.Root, "hook", "install");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error: not in a git repository?", result.Error);
    }
}
