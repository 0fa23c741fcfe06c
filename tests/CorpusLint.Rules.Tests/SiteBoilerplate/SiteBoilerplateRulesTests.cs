namespace CorpusLint.Rules.Tests.SiteBoilerplate;

public class SiteBoilerplateRulesTests
{
    [Theory]
    [InlineData("CL7002", "syria.suv@gmail.com")]
    [InlineData("CL7002", "www.example.com")]
    [InlineData("CL7003", "© 2019 Example Media. All rights reserved.")]
    public void BoilerplateLinesAreFlagged(string id, string line)
    {
        Assert.Equal([9], CatalogueTester.FlaggedLines(id, "Storm hits valley\n\n" + CatalogueTester.Body + "\n" + line + "\n"));
    }

    [Fact]
    public void TaglineAfterTheArticleEndsGoes()
    {
        var text = "Storm hits valley\n\n" + CatalogueTester.Body + "\nShare post:\n\nExample Magazine publisher News about the valley and the world.\n";
        Assert.Equal([11], CatalogueTester.FlaggedLines("CL7001", text));
    }

    [Fact]
    public void AnAddressInsideASentenceIsProse()
    {
        var text = "Storm hits valley\n\n" + CatalogueTester.Body + "\nResidents can write to help@example.org for advice on flood damage.\n\n" + CatalogueTester.MoreBody;
        Assert.Empty(CatalogueTester.FlaggedLines("CL7002", text));
    }

    private const string ContactList =
        "Local news: local@example.org\n\nSports: sports@example.org\n\nBusiness: business@example.org\n\n" +
        "Travel: travel@example.org\n\nBooks: books@example.org\n\n";

    [Fact]
    public void AnArticleWhoseOnlyFurnitureIsItsLastLineIsClean()
    {
        // One footer line at the very end doesn't make the page a scraped one: the list that closes the article
        // stays whole (the body search would keep only three of its lines), and the footer line goes.
        var text = "Storm hits valley\n\n" + CatalogueTester.Body + "\n" + ContactList + "© 2019 Example Media. All rights reserved.\n";
        Assert.Empty(CatalogueTester.FlaggedLines("CL7001", text));
        Assert.Equal([19], CatalogueTester.FlaggedLines("CL7003", text));
    }

    [Fact]
    public void FurnitureBeforeTheEndStillStartsTheBodySearch()
    {
        // A share bar between the article and the list: the page is scraped, and the list beyond the three lines
        // the body takes in is page text after the article.
        var text = "Storm hits valley\n\n" + CatalogueTester.Body + "\nShare this\n\n" + ContactList + "© 2019 Example Media. All rights reserved.\n";
        Assert.NotEmpty(CatalogueTester.FlaggedLines("CL7001", text));
    }

    [Fact]
    public void AShortClosingLineOfTheArticleStays()
    {
        // The body takes in up to three neutral blocks at its end: a sign-off is the article's, a share bar stops it.
        var text = "Storm hits valley\n\n" + CatalogueTester.Body + "\nMore updates to follow\n\nShare this\n\nExample News, the publisher of news about the world.\n";
        Assert.Equal([13], CatalogueTester.FlaggedLines("CL7001", text));
        Assert.Contains("\n\nMore updates to follow\n", CatalogueTester.Fix(text));
    }
}
