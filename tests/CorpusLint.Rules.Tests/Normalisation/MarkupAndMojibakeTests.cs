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
    public void MojibakeIsRepairedAndRealAccentsStay(string input, string expected)
    {
        Assert.Equal(expected, RuleTester.Fix(new Mojibake(), input));
    }
}
