using CorpusLint.Rules.Packs;

namespace CorpusLint.Rules.Tests.Packs;

public class PhraseKeyTests
{
    [Theory]
    [InlineData("» Share:", "share")]
    [InlineData("[ Print  This\tPage ]", "print this page")]
    [InlineData("FOLLOW\u00A0US ON  Twitter", "follow us on twitter")]
    [InlineData("ÉDITION Française", "édition française")]
    [InlineData(" :|: ", "")]
    public void AKeyIsLowercaseWithDecorationTrimmedAndSpacesFolded(string text, string key) =>
        Assert.Equal(key, PhraseRule.PhraseKey(text));
}
