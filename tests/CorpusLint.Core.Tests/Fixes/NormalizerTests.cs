using CorpusLint.Fixes;

namespace CorpusLint.Core.Tests.Fixes;

public class NormalizerTests
{
    [Fact]
    public void ProducesOneParagraphPerLineWithOneBlankLineBetween()
    {
        Assert.Equal("Title\n\nFirst.\n\nSecond.\n", Normalizer.Normalize("\n\nTitle\r\nFirst.\n\n\n\nSecond.\n\n"));
    }

    [Fact]
    public void FoldsOddSpacesAndDropsInvisibleCharacters()
    {
        Assert.Equal("A b c d.\n", Normalizer.Normalize("  A\u00A0b\t\u200Bc  d. \u0007"));
    }

    [Fact]
    public void ComposesToNfc()
    {
        Assert.Equal("caf\u00E9\n", Normalizer.Normalize("cafe\u0301"));
    }

    [Fact]
    public void LeavesWordsQuotesAndDashesAlone()
    {
        const string line = "“It’s — well — fine,” she said… naïve 東京 مرحبا 👍🏽";
        Assert.Equal(line + "\n", Normalizer.Normalize(line));
    }

    [Fact]
    public void KeepsJoinersThatCarryMeaning()
    {
        const string family = "👨\u200D👩\u200D👧 and \u0645\u200C\u06CC";
        Assert.Equal(family + "\n", Normalizer.Normalize(family));
    }

    [Fact]
    public void EmptyOrBlankTextBecomesEmpty()
    {
        Assert.Equal("", Normalizer.Normalize(""));
        Assert.Equal("", Normalizer.Normalize(" \n\u00A0\n\t\n"));
    }

    [Fact]
    public void IsIdempotent()
    {
        var once = Normalizer.Normalize(" x \r\n\r\n\r\ny\u00A0\u00A0z");
        Assert.Equal(once, Normalizer.Normalize(once));
    }
    [Theory]
    [InlineData("A plain line.")]
    [InlineData("Quotes “stay” — and dashes – too, café, naïve, Ελληνικά, 日本語。")]
    [InlineData("")]
    [InlineData(" leading")]
    [InlineData("trailing ")]
    [InlineData("two  spaces")]
    [InlineData("a\ttab")]
    [InlineData("no\u00A0break")]
    [InlineData("soft\u00ADhyphen")]
    [InlineData("zero\u200Bwidth")]
    [InlineData("bom\uFEFF")]
    [InlineData("control\u0085char")]
    [InlineData("em\u2003space")]
    [InlineData("decomposed cafe\u0301")]
    [InlineData("line\u2028separator")]
    public void TheCanonicalLineCheckAgreesWithTheNormaliser(string line)
    {
        Assert.Equal(Normalizer.NormalizeLine(line) == line, Normalizer.IsCanonicalLine(line));
    }

    [Fact]
    public void TheCanonicalLineCheckAgreesWithTheNormaliserOnEveryCharacter()
    {
        for (int c = 1; c < 0x3000; c++)
        {
            foreach (var line in new[] { $"a{(char)c}b", $"{(char)c}", $"e{(char)c}", $"“{(char)c}”", $"e{(char)c}\u0301" })
            {
                Assert.True(Normalizer.NormalizeLine(line) == line == Normalizer.IsCanonicalLine(line), $"U+{c:X4} in '{line}'");
            }
        }
    }
}
