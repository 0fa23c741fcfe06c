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
    public void MetadataLinesAreFlagged(string id, string line)
    {
        Assert.Equal([3], CatalogueTester.FlaggedLines(id, "Storm hits valley\n\n" + line + "\n\n" + CatalogueTester.Body));
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
    public void ASubheadingThatRepeatsPartOfTheTitleDoesNotReplaceIt()
    {
        // After the prose has started, a line equal to a part of the title is a subheading, not the headline.
        var text = "Storm hits valley - Rivers rise\n\n" + CatalogueTester.Body + "\nRivers rise\n\n" + CatalogueTester.MoreBody;
        Assert.Empty(CatalogueTester.FlaggedLines("CL6001", text));
        Assert.StartsWith("Storm hits valley - Rivers rise\n", CatalogueTester.Fix(text));
    }
}
