using CorpusLint.Cli.Files;
using CorpusLint.Cli.Pipeline;

namespace CorpusLint.Cli.Tests.Pipeline;

public class ShardTests
{
    [Fact]
    public void ShardsCoverEveryFileExactlyOnce()
    {
        var files = Enumerable.Range(0, 500).Select(i => File($"corpus/{i % 7}/{i}.txt")).ToList();
        var shards = Enumerable.Range(1, 4).Select(k => files.Where(new Shard(k, 4).Contains).ToList()).ToList();

        Assert.Equal(files.Count, shards.Sum(s => s.Count));
        Assert.Equal(files.OrderBy(f => f.RelativePath), shards.SelectMany(s => s).OrderBy(f => f.RelativePath));
        Assert.All(shards, s => Assert.InRange(s.Count, 80, 170));
    }

    [Fact]
    public void TheSplitIsAStableHashOfTheRelativePathAlone()
    {
        // Values of SHA-256 (first 8 bytes, big-endian) mod N, computed independently of this code: the
        // split must never change between runs, machines or versions, or shards would overlap.
        Assert.True(new Shard(2, 4).Contains(File("a.txt")));
        Assert.True(new Shard(7, 7).Contains(File("news/2024/b.txt")));
        Assert.True(new Shard(3, 4).Contains(new InputFile("/elsewhere/x/000_d05733d5f428e0b3.txt", "x/000_d05733d5f428e0b3.txt", "000_d05733d5f428e0b3.txt")));
    }

    [Theory]
    [InlineData("0/4")]
    [InlineData("5/4")]
    [InlineData("1/0")]
    [InlineData("1")]
    [InlineData("a/b")]
    public void BadShardsAreRejectedWithAReason(string text)
    {
        Assert.False(Shard.TryParse(text, out _, out var error));
        Assert.Contains("--shard", error);
    }

    private static InputFile File(string relative) => new("/corpus/" + relative, relative, relative);
}
