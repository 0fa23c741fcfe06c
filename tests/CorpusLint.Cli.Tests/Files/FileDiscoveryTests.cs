using CorpusLint.Cli.Files;

namespace CorpusLint.Cli.Tests.Files;

public class FileDiscoveryTests
{
    [Theory]
    [InlineData(".")]
    [InlineData("corpus")]
    [InlineData("corpus/")]
    [InlineData("corpus/**/*.txt")]
    public void IncludesThatOnlyNameAnEndingFindWhatTheGlobMatcherFinds(string argument)
    {
        using var corpus = new TempCorpus();
        foreach (var name in new[] { "a.txt", ".txt", ".hidden.txt", "b.TXT", "c.txt.bak", "d.txtx", "x y.txt", "ü.txt", ".git/e.txt", "sub/f.txt", "sub/.dot/g.txt", "sub/sub2/h.txt", "sub/sub2/i.md" })
        {
            corpus.Write("corpus/" + name, [(byte)'x']);
        }

        // An exclude that matches nothing makes discovery use the general glob matcher.
        var fast = new FileDiscovery(corpus.Root, FileDiscovery.DefaultIncludes, []).Discover([argument], stdinFileName: null);
        var general = new FileDiscovery(corpus.Root, FileDiscovery.DefaultIncludes, ["**/*.nothing"]).Discover([argument], stdinFileName: null);

        Assert.Equal(9, fast.Files.Count(f => f.FullPath!.Contains("corpus")));
        Assert.Equal(general.Files, fast.Files);
        Assert.Equal(general.Errors, fast.Errors);
        Assert.Equal(general.Warnings, fast.Warnings);
    }

    [Fact]
    public void SeveralEndingsFindFilesWithAnyOfThem()
    {
        using var corpus = new TempCorpus();
        corpus.Write("a.txt", [(byte)'x']);
        corpus.Write("sub/b.md", [(byte)'x']);
        corpus.Write("sub/c.html", [(byte)'x']);

        var found = new FileDiscovery(corpus.Root, ["**/*.txt", "**/*.md"], []).Discover(["."], stdinFileName: null);

        Assert.Equal(["a.txt", "sub/b.md"], found.Files.Select(f => f.DisplayPath));
    }

    [Theory]
    [InlineData("a\nb.txt", "a\\nb.txt")]
    [InlineData("a\u0001b.txt", "a\\x01b.txt")]
    [InlineData("\u007F.txt", "\\x7F.txt")]
    [InlineData("c1\u009F.txt", "c1\\x9F.txt")]
    [InlineData("nbsp\u00A0and é.txt", "nbsp\u00A0and é.txt")]
    public void AControlCharacterInAFileNameIsShownEscaped(string name, string shown)
    {
        var root = Path.Combine(Path.GetTempPath(), "corpus");
        Assert.Equal("sub/" + shown, new FileDiscovery(root, FileDiscovery.DefaultIncludes, []).DisplayPathOf(Path.Combine(root, "sub", name)));
    }
}
