using CorpusLint.Rules.Normalisation;

namespace CorpusLint.Rules.Tests.Normalisation;

public class MarkupAndMojibakeTests
{
    [Theory]
    [InlineData("** U-turn of US diplomacy apparatus\n", "U-turn of US diplomacy apparatus\n")]
    [InlineData("## A heading\n", "A heading\n")]
    [InlineData("* a list item\n", "* a list item\n")]
    [InlineData("#news is trending\n", "#news is trending\n")]
    public void StrayMarkupIsStrippedButBulletsAndHashtagsStay(string input, string expected)
    {
        Assert.Equal(expected, RuleTester.Fix(new StrayMarkup(), input));
    }

    [Theory]
    [InlineData("The presidentâ€™s remarks\n", "The president’s remarks\n")]
    [InlineData("â€œQuoteâ€\u009d and cafÃ©\n", "“Quote” and café\n")]
    [InlineData("Café, São Paulo, Ångström\n", "Café, São Paulo, Ångström\n")]
    [InlineData("A café—… and déjà—” vu\n", "A café—… and déjà—” vu\n")]
    [InlineData("CAFÉ£3 and Ð¼Ð¸Ñ€ and ðŸ˜€ and Ã©\n", "CAFÉ£3 and мир and 😀 and é\n")]
    [InlineData("The word ä¸­æ–‡ means Chinese\n", "The word 中文 means Chinese\n")]
    [InlineData("Ends with a view: Ã\n", "Ends with a view: Ã\n")]
    [InlineData("Chinese at the end: ä¸­æ–‡\n", "Chinese at the end: 中文\n")]
    public void MojibakeIsRepairedAndRealAccentsStay(string input, string expected)
    {
        Assert.Equal(expected, RuleTester.Fix(new Mojibake(), input));
    }
}
