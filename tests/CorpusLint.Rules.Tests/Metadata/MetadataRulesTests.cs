namespace CorpusLint.Rules.Tests.Metadata;

public class MetadataRulesTests
{
    [Theory]
    [InlineData("CL6002", "Written by Jane Doe")]
    [InlineData("CL6002", "By Jane Doe and John Roe")]
    [InlineData("CL6003", "May 16, 2019, 10:29 PM")]
    [InlineData("CL6003", "Saturday , 23 September 2017")]
    [InlineData("CL6004", "News Code: 83317115")]
    [InlineData("CL6005", "Date:")]
    [InlineData("CL6006", "Courtesy : Dawn News")]
    [InlineData("CL6006", "With reporting by AP, Reuters, AFP, and TASS")]
    [InlineData("CL6007", "5 min read")]
    public void MetadataLinesAfterTheArticleAreFlagged(string id, string line)
    {
        // Where the seeds have them: after the last paragraph, with the site's furniture after them: the page's
        // metadata, not the article's.
        var text = "Storm hits valley\n\n" + CatalogueTester.Body + "\n" + line + "\n\nShare this article\n";
        Assert.Equal([9], CatalogueTester.FlaggedLines(id, text));
    }

    [Theory]
    [InlineData("CL6002", "Posted by Jane Doe, Product Manager")]
    [InlineData("CL6002", "By Jane Doe, with John Roe in Washington")]
    [InlineData("CL6003", "December 21, 2004")]
    [InlineData("CL6006", "Photo: Reuters")]
    public void ASignOffThatEndsTheTextIsTheArticlesOwn(string id, string line)
    {
        // A blog post signed at its foot, nothing of the site's after it: the text's own last line.
        var text = "Storm hits valley\n\n" + CatalogueTester.Body + "\n" + line + "\n";
        Assert.Empty(CatalogueTester.FlaggedLines(id, text));
        Assert.EndsWith("\n" + line + "\n", CatalogueTester.Fix(text));
    }

    [Fact]
    public void ASignOffAfterTheSitesFurnitureIsFlagged()
    {
        // The last line, but the share bar stands between it and the body: the page's, not the article's.
        var text = "Storm hits valley\n\n" + CatalogueTester.Body + "\nShare this article\n\nPosted by Jane Doe\n";
        Assert.Equal([11], CatalogueTester.FlaggedLines("CL6002", text));
    }

    [Theory]
    [InlineData("CL6004", "News Code: 83317115")]
    [InlineData("CL6005", "Date:")]
    [InlineData("CL6007", "5 min read")]
    public void SiteMetadataUnderTheHeadlineIsFlagged(string id, string line)
    {
        // Ids, empty labels and reading times are the site's widgets wherever they stand.
        Assert.Equal([3], CatalogueTester.FlaggedLines(id, "Storm hits valley\n\n" + line + "\n\n" + CatalogueTester.Body));
    }

    [Fact]
    public void APageDateAboveTheSiteFurnitureIsFlagged()
    {
        var text = "May 16, 2019, 10:29 PM\nNews Code: 83317115\n0 Persons\nStorm hits valley\n\n" + CatalogueTester.Body;
        Assert.Equal([1], CatalogueTester.FlaggedLines("CL6003", text));
    }

    [Fact]
    public void ABylineAndDateUnderTheHeadlineAreTheArticlesOwn()
    {
        var text = "Storm hits valley\n\nBy Jane Doe\n\nMay 16, 2019, 10:29 PM\n\n" + CatalogueTester.Body;
        Assert.Empty(CatalogueTester.FlaggedLines("CL6002", text));
        Assert.Empty(CatalogueTester.FlaggedLines("CL6003", text));
        Assert.Contains("By Jane Doe\n\nMay 16, 2019, 10:29 PM\n\nRivers across", CatalogueTester.Fix(text));
    }

    [Fact]
    public void ADatePrintedOverTheHeadlineIsTheArticlesOwn()
    {
        Assert.Empty(CatalogueTester.FlaggedLines("CL6003", "July 24, 2012\n\nStorm hits valley\n\n" + CatalogueTester.Body));
    }

    [Fact]
    public void AnEntryDateBetweenParagraphsIsTheArticlesOwn()
    {
        // A diary or a dated blog page heads each entry with its date: part of the text, like a subheading.
        var text = "Storm hits valley\n\n" + CatalogueTester.Body + "\nDecember 21, 2004\n\n" + CatalogueTester.MoreBody;
        Assert.Empty(CatalogueTester.FlaggedLines("CL6003", text));
    }

    [Fact]
    public void ABylineCutOffFromTheBodyByAShareBarIsFlagged()
    {
        // Under the headline but with page furniture between it and the first paragraph: at the article's edge.
        var text = "Storm hits valley\n\nBy Jane Doe\n\nShare this article\n\n" + CatalogueTester.Body;
        Assert.Equal([3], CatalogueTester.FlaggedLines("CL6002", text));
    }

    [Theory]
    [InlineData("About Wednesday’s impressionist front page photo")]
    [InlineData("Picture-in-Picture")]
    [InlineData("- Infographics")]
    public void HeadingsAndListItemsThatMentionPicturesAreNotCredits(string line)
    {
        var text = "Storm hits valley\n\n" + CatalogueTester.Body + "\n" + line + "\n\n" + CatalogueTester.MoreBody;
        Assert.Empty(CatalogueTester.FlaggedLines("CL6006", text));
    }

    [Theory]
    [InlineData("Matt Slocum / AP")]
    [InlineData("JIM WATSON/AFP/Getty Images")]
    [InlineData("Photo")]
    [InlineData("Jane Doe © Example Images")]
    [InlineData("Photo - Reuters")]
    [InlineData("Source: School Administrator, v59 n3 p6-12 Mar 2002")]
    public void PhotoCreditsBetweenParagraphsAreTheArticlesOwn(string line)
    {
        // A credit in the article's flow stood under a picture there: annotated articles keep it (and a reading
        // list's `Source: …` under each entry). It still separates runs for the body search; it is only not reported.
        var text = "Storm hits valley\n\n" + CatalogueTester.Body + "\n" + line + "\n\n" + CatalogueTester.MoreBody;
        Assert.Empty(CatalogueTester.FlaggedLines("CL6006", text));
        Assert.Contains("\n" + line + "\n", CatalogueTester.Fix(text));
    }

    [Theory]
    [InlineData("Matt Slocum / AP")]
    [InlineData("JIM WATSON/AFP/Getty Images")]
    [InlineData("Photo")]
    [InlineData("Photo - Reuters")]
    public void PhotoCreditsAmongThePagesFurnitureAreFlagged(string line)
    {
        // After the last paragraph, with the site's share bar after it: the page's, not the article's.
        var text = "Storm hits valley\n\n" + CatalogueTester.Body + "\n" + line + "\n\nShare this article\n";
        Assert.Equal([9], CatalogueTester.FlaggedLines("CL6006", text));
    }

    [Theory]
    [InlineData("MOSCOW, May 16 (IANS) — The rift between the two capitals was laid bare on Wednesday.")]
    [InlineData("In May 2019 he went back to the valley to see the farm again.")]
    [InlineData("By the end of the week, the water had fallen back below the banks.")]
    [InlineData("By noon, the river had fallen.")]
    [InlineData("“We will rebuild,” she said.")]
    public void DatelinesDatesAndQuotesAreProse(string line)
    {
        var diagnostics = CatalogueTester.Analyze("Storm hits valley\n\n" + line + "\n\n" + CatalogueTester.Body);
        Assert.DoesNotContain(diagnostics, d => d.Location.Line == 3);
    }

    [Fact]
    public void DecoratedTitleGivesWayToThePlainHeadline()
    {
        var text = "Rivers rise after storm | Example News\n\nHome\n\nRivers rise after storm\n\n" + CatalogueTester.Body;
        Assert.StartsWith("Rivers rise after storm\n\nRivers across the valley", CatalogueTester.Fix(text));
    }

    [Fact]
    public void ALongHeadlineThatReadsAsProseStillReplacesTheDecoratedTitle()
    {
        // Twelve words, a third of them function words: as long as prose, but it is the title's own text.
        const string headline = "Rivers across the valley rise sharply after a storm on the hills";
        var text = "AFP: " + headline + "\n\nHome\n\n" + headline + "\n\n" + CatalogueTester.Body;
        Assert.Equal([1], CatalogueTester.FlaggedLines("CL6001", text));
        Assert.StartsWith(headline + "\n\nRivers across the valley rose sharply", CatalogueTester.Fix(text));
    }

    [Fact]
    public void WhatStandsBetweenTheDecoratedTitleAndTheHeadlineGoesOnACleanPage()
    {
        // No page furniture anywhere, so the whole page is taken as the article, but the line between the
        // <title> line and the plain headline is the site's, not the article's.
        var text = "Rivers rise after storm | Example News\n\nGo to Example News\n\nRivers rise after storm\n\n" + CatalogueTester.Body;
        Assert.Contains(CatalogueTester.Analyze(text), d => d.Location.Line == 3 && d.Id is "CL1006" or "CL5001");
        Assert.StartsWith("Rivers rise after storm\n\nRivers across the valley", CatalogueTester.Fix(text));
    }

    [Fact]
    public void ASubheadingThatRepeatsPartOfTheTitleDoesNotReplaceIt()
    {
        // After the prose has started, a line equal to a part of the title is a subheading, not the headline.
        var text = "Storm hits valley - Rivers rise\n\n" + CatalogueTester.Body + "\nRivers rise\n\n" + CatalogueTester.MoreBody;
        Assert.Empty(CatalogueTester.FlaggedLines("CL6001", text));
        Assert.StartsWith("Storm hits valley - Rivers rise\n", CatalogueTester.Fix(text));
    }
}
