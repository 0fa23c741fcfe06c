namespace CorpusLint.Cli.Tests.Commands;

public class FixGuardOptionsTests
{
    // 31 words, of which the six share lines (18 words, 58 %) are junk the share rules remove.
    private const string MostlyJunk =
        "Council approves bridge plan\n\n" +
        "The council voted on Tuesday to approve the bridge.\n\n" +
        "Share on Facebook\n\nShare on Twitter\n\nShare on LinkedIn\n\nShare on WhatsApp\n\nShare via email\n\nPrint this article\n";

    [Fact]
    public void AFixThatRemovesMostOfAFileIsNotAppliedAndSaysWhy()
    {
        using var corpus = new TempCorpus();
        corpus.Write("page.txt", MostlyJunk);
        var result = CliRunner.Run(corpus.Root, "fix", "page.txt", "--max-removed-share", "0.5");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("page.txt(1,1): error CL0002: The fix would remove 18 of the file's 31 words (58.1%, above the limit of 50%); it was not applied.", result.Out);
        Assert.Equal(MostlyJunk, File.ReadAllText(corpus.PathOf("page.txt")));
    }

    [Fact]
    public void TheDiffOfARefusedFixCanBeSeenWithoutWritingIt()
    {
        using var corpus = new TempCorpus();
        corpus.Write("page.txt", MostlyJunk);
        var result = CliRunner.Run(corpus.Root, "fix", "--diff", "--force", "--max-removed-share", "0.5", "page.txt");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\n-Share on Facebook\n", result.Out);
        Assert.Equal(MostlyJunk, File.ReadAllText(corpus.PathOf("page.txt")));
    }

    [Theory]
    [InlineData("--max-removed-share", "0.5", "--force")]
    [InlineData("--max-removed-share", "0.6")]
    [InlineData]
    public void ForceOrAHigherLimitAppliesIt(params string[] option)
    {
        // The default limit (0.9) lets a fix remove the 58 % that is junk here.
        using var corpus = new TempCorpus();
        corpus.Write("page.txt", MostlyJunk);
        var result = CliRunner.Run(corpus.Root, ["fix", "page.txt", .. option]);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("Council approves bridge plan\n\nThe council voted on Tuesday to approve the bridge.\n", File.ReadAllText(corpus.PathOf("page.txt")));
    }

    [Fact]
    public void ARefusedFileIsCopiedUnchangedToTheOutputFolderAndPassedThroughAPipe()
    {
        using var corpus = new TempCorpus();
        corpus.Write("in/page.txt", MostlyJunk);
        Assert.Equal(1, CliRunner.Run(corpus.Root, "fix", "in", "--output-dir", "out", "--max-removed-share", "0.5").ExitCode);
        Assert.Equal(MostlyJunk, File.ReadAllText(corpus.PathOf("out/page.txt")));

        var piped = CliRunner.RunWithInput(corpus.Root, MostlyJunk, "fix", "-", "--max-removed-share", "0.5");
        Assert.Equal(1, piped.ExitCode);
        Assert.Equal(MostlyJunk, piped.Out);
        Assert.Contains("<stdin>(1,1): error CL0002:", piped.Error);
    }

    [Theory]
    [InlineData("CL0002", "--force")]
    [InlineData("CL0003", "not even with `--force`")]
    [InlineData("CL0004", "same order")]
    public void ExplainDescribesEachRefusal(string id, string expected)
    {
        using var corpus = new TempCorpus();
        var result = CliRunner.Run(corpus.Root, "explain", id);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains(expected, result.Out);
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("-0.1")]
    public void TheLimitMustBeAShare(string value)
    {
        using var corpus = new TempCorpus();
        var result = CliRunner.Run(corpus.Root, "fix", ".", "--max-removed-share", value);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is not between 0 and 1", result.Error);
    }
}
