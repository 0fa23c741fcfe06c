namespace CorpusLint.Rules.Tests.Navigation;

public class NavigationRulesTests
{
    [Theory]
    [InlineData("CL1001", "Log In | Register")]
    [InlineData("CL1001", "RSS Feed")]
    [InlineData("CL1002", "Home / International News / World")]
    [InlineData("CL1003", "Accessibility links")]
    [InlineData("CL1003", "Skip to main content")]
    [InlineData("CL1004", "Previous Post Next Post")]
    [InlineData("CL1004", "Next article: Storm hits the coast")]
    [InlineData("CL1005", "| | |")]
    [InlineData("CL1005", "1 2 3 4 5")]
    public void NavigationLinesAreFlagged(string id, string line)
    {
        Assert.Equal([1], CatalogueTester.FlaggedLines(id, line + "\n\n" + CatalogueTester.Body));
    }

    [Theory]
    [InlineData("Make Breathtaking Movies from Your Photos")]
    [InlineData("Home is where the heart is, the old farmer said as the water rose.")]
    [InlineData("Next, the council will vote on the repair budget for the flooded roads.")]
    [InlineData("Search teams found the missing hikers on Tuesday morning.")]
    [InlineData("1975 - 2004")]
    [InlineData("(212) 868-4444")]
    public void ProseAndHeadlinesThatUseNavigationWordsAreNot(string line)
    {
        var diagnostics = CatalogueTester.Analyze("Storm hits valley\n\n" + CatalogueTester.Body + "\n" + line + "\n\n" + CatalogueTester.MoreBody);
        Assert.DoesNotContain(diagnostics, d => d.Id.StartsWith("CL100", StringComparison.Ordinal) && d.Location.Line == 9);
    }

    [Fact]
    public void MenuBeforeTheArticleIsPageText()
    {
        var text = "Storm hits valley\n\nWorld\n\nBusiness\n\nSport\n\nShare this\n\n" + CatalogueTester.Body;
        Assert.Equal([3, 5, 7], CatalogueTester.FlaggedLines("CL1006", text));
    }
}
