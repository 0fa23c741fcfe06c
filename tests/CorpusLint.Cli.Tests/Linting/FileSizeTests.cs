using CorpusLint.Cli.Linting;

namespace CorpusLint.Cli.Tests.Linting;

public class FileSizeTests
{
    [Theory]
    [InlineData("16M", 16L << 20)]
    [InlineData("512k", 512L << 10)]
    [InlineData("1G", 1L << 30)]
    [InlineData("2048", 2048L)]
    [InlineData("10MB", 10L << 20)]
    public void SizesAreReadWithTheirUnits(string text, long bytes)
    {
        Assert.True(FileSize.TryParse(text, out var parsed));
        Assert.Equal(bytes, parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("-5M")]
    [InlineData("lots")]
    [InlineData("99999999999G")]
    public void NonsenseIsNotASize(string text) => Assert.False(FileSize.TryParse(text, out _));

    [Theory]
    [InlineData(16L << 20, "16 MB")]
    [InlineData(1L << 30, "1 GB")]
    [InlineData(1536, "1536 bytes")]
    [InlineData(2048, "2 KB")]
    public void SizesAreShownInTheirLargestWholeUnit(long bytes, string expected) => Assert.Equal(expected, FileSize.Format(bytes));
}
