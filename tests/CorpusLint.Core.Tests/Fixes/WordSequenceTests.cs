using CorpusLint.Fixes;

namespace CorpusLint.Core.Tests.Fixes;

public class WordSequenceTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("  \n\t ", 0)]
    [InlineData("The minister said so.", 4)]
    [InlineData("don't stop — 2024!", 4)]
    [InlineData("Министр сказал это.", 3)]
    [InlineData("قال الوزير ذلك", 3)]
    [InlineData("部长这样说。", 5)]
    [InlineData("東京でニュース", 7)]
    [InlineData("e\u0301te\u0301 café", 2)]
    [InlineData("नमस्ते दुनिया", 2)]
    [InlineData("🎉👍🏽 ★ → ***", 0)]
    [InlineData("naïve café2 é", 3)]
    [InlineData("x部长 éx", 4)]
    [InlineData("abc def—ghi", 3)]
    [InlineData("ab\u0301c d", 2)]
    [InlineData("ab部c", 3)]
    [InlineData("ab2é-x", 2)]
    public void CountsRunsOfLettersAndEachCharacterOfScriptsWithoutSpaces(string text, int expected)
    {
        var comparison = WordSequence.Compare(string.Empty, text);
        Assert.Equal(expected, comparison.InputWords);
        Assert.Equal(0, comparison.OutputWords);
    }

    [Theory]
    [InlineData("Title\n\nBody text here.\n", "Title\n\nShare this\n\nBody text here.\n")]
    [InlineData("", "anything at all")]
    [InlineData("部长说。", "分享到微博部长这样说。")]
    [InlineData("a a", "a b a")]
    public void DeletingWordsKeepsASubsequence(string output, string input)
    {
        var comparison = WordSequence.Compare(output, input);
        Assert.Null(comparison.MissingWord);
        Assert.Equal(-1, comparison.MissingOffset);
    }

    [Theory]
    [InlineData("Body text here and more.", "Body text here.", "and", 15)]
    [InlineData("here text", "text here", "text", 5)]
    [InlineData("Colour", "Color", "Colour", 0)]
    [InlineData("a a", "a", "a", 2)]
    public void AddedRewrittenOrReorderedWordsAreNot(string output, string input, string missing, int offset)
    {
        var comparison = WordSequence.Compare(output, input);
        Assert.Equal(missing, comparison.MissingWord);
        Assert.Equal(offset, comparison.MissingOffset);
    }

    [Fact]
    public void ALongSingleLineIsCheckedInOnePass()
    {
        // 2 million words on one line: a quadratic comparison would not finish in any reasonable time.
        var line = string.Concat(Enumerable.Repeat("word ", 2_000_000));
        var comparison = WordSequence.Compare(line, line + " tail");
        Assert.Null(comparison.MissingWord);
        Assert.Equal(2_000_000, comparison.OutputWords);
        Assert.Equal(2_000_001, comparison.InputWords);
    }
}
