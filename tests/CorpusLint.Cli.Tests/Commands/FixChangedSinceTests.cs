namespace CorpusLint.Cli.Tests.Commands;

public class FixChangedSinceTests
{
    [Fact]
    public void FixTouchesOnlyFilesChangedSinceTheRevision()
    {
        using var corpus = new TempCorpus();
        TestGit.Init(corpus.Root);
        const string Messy = "Title\n\nShare post:\n\nA paragraph.\n";
        corpus.Write("old.txt", Messy);
        TestGit.CommitAll(corpus.Root, "base");
        corpus.Write("new.txt", Messy);

        var result = CliRunner.Run(corpus.Root, "fix", ".", "--changed-since", "HEAD");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Messy, File.ReadAllText(corpus.PathOf("old.txt")));
        Assert.Equal("Title\n\nA paragraph.\n", File.ReadAllText(corpus.PathOf("new.txt")));
    }
}
