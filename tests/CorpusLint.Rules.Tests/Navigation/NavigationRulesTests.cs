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
    [InlineData("return json.photos.photo;")]
    [InlineData("fetch(\"/login\", {")]
    public void ProseAndHeadlinesThatUseNavigationWordsAreNot(string line)
    {
        var diagnostics = CatalogueTester.Analyze("Storm hits valley\n\n" + CatalogueTester.Body + "\n" + line + "\n\n" + CatalogueTester.MoreBody);
        Assert.DoesNotContain(diagnostics, d => d.Id.StartsWith("CL100", StringComparison.Ordinal) && d.Location.Line == 9);
    }

    private const string BrowserArticle =
        "The new version of the browser changes how it handles search, and the address bar now suggests a search as you type a word into it.\n\n" +
        "Navigation between tabs is quicker too, and the search engine you pick in the settings is used for every search from the bar.\n\n" +
        "The password manager now warns when a saved password has leaked, and the manager can suggest a strong new password for a site.\n";

    private const string MoreBrowserArticle =
        "Those who keep every password in the manager can now sort them by site, and the search box finds a password by its user name.\n\n" +
        "The update reaches every user over the next two weeks, and the old settings for search and passwords carry over as they were.\n";

    [Theory]
    [InlineData("Search and Navigation")]
    [InlineData("Password Manager")]
    public void ASubheadingOnTheArticlesOwnTopicIsNotTheInterface(string line)
    {
        // Interface words, but the words the article is about, heading a section in its flow.
        var text = "Browser update\n\n" + BrowserArticle + "\n" + line + "\n\n" + MoreBrowserArticle;
        Assert.Empty(CatalogueTester.FlaggedLines("CL1001", text));
        Assert.Contains("\n" + line + "\n", CatalogueTester.Fix(text));
    }

    [Theory]
    [InlineData("Sign In | Register")]
    [InlineData("Reply")]
    public void InterfaceLinesInTheArticlesFlowAreStillFlagged(string line)
    {
        // In the flow, but a flood report doesn't speak of signing in or replying: the site's interface.
        var text = "Storm hits valley\n\n" + CatalogueTester.Body + "\n" + line + "\n\n" + CatalogueTester.MoreBody;
        Assert.Equal([9], CatalogueTester.FlaggedLines("CL1001", text));
    }

    [Fact]
    public void TheArticlesTopicWordsAmongTheSitesMenusAreStillFlagged()
    {
        // The same words outside the article's flow: the site's menu, above the headline.
        var text = "Search and Navigation\n\nLog In | Register\n\nBrowser update\n\n" + BrowserArticle + "\n" + MoreBrowserArticle;
        Assert.Contains(1, CatalogueTester.FlaggedLines("CL1001", text));
    }

    [Fact]
    public void MenuBeforeTheArticleIsPageText()
    {
        var text = "Storm hits valley\n\nWorld\n\nBusiness\n\nSport\n\nShare this\n\n" + CatalogueTester.Body;
        Assert.Equal([3, 5, 7], CatalogueTester.FlaggedLines("CL1006", text));
    }
}
