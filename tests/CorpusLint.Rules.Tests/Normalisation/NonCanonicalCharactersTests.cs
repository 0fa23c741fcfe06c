using CorpusLint.Rules.Normalisation;

namespace CorpusLint.Rules.Tests.Normalisation;

public class NonCanonicalCharactersTests
{
    private readonly NonCanonicalCharacters _rule = new();

    [Theory]
    [InlineData("Title \n", "leading or trailing spaces")]
    [InlineData("A\u00A0b\n", "an odd space U+00A0")]
    [InlineData("A\u200Bb\n", "an invisible character U+200B")]
    [InlineData("A  b\n", "a run of spaces")]
    [InlineData("cafe\u0301\n", "text not in Unicode NFC")]
    public void ReportsWhatIsWrongWithTheLine(string text, string expected)
    {
        var diagnostic = Assert.Single(RuleTester.Analyze(_rule, text));
        Assert.Equal("CL8001", diagnostic.Id);
        Assert.Equal("Line has " + expected, diagnostic.Message);
    }

    [Theory]
    [InlineData("“Quotes” — dashes… stay.\n")]
    [InlineData("東京で会議が開かれた。\n")]
    [InlineData("مرحبا بالعالم\n")]
    public void CleanLinesInAnyScriptAreNotReported(string text)
    {
        Assert.Empty(RuleTester.Analyze(_rule, text));
    }

    [Fact]
    public void FixRewritesTheLineToItsCanonicalForm()
    {
        Assert.Equal("A b c.\n", RuleTester.Fix(_rule, " A\u00A0\u00A0b\tc. \n"));
    }
}
