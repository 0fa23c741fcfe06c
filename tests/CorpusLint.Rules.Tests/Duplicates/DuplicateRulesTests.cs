namespace CorpusLint.Rules.Tests.Duplicates;

public class DuplicateRulesTests
{
    private const string Quote = "“There is a low level of trust between our two countries,” the minister told reporters in Moscow.";

    [Fact]
    public void PullQuoteOutOfTheFlowGoesAndTheBodyCopyStays()
    {
        var text = "Storm hits valley\n\nA photo of the river.\n\n" + Quote + "\n\n" + CatalogueTester.Body + "\n" + Quote + "\n\n" + CatalogueTester.MoreBody;
        Assert.Equal([5], CatalogueTester.FlaggedLines("CL4001", text));
    }

    [Fact]
    public void ParagraphStitchedFromTwoBodySentencesGoes()
    {
        var text = "Storm hits valley\n\n" + CatalogueTester.Body + "\n" +
                   "The dam held through the night and nobody in the valley was hurt. The mayor thanked the volunteers who filled sandbags on the main street\n\n" +
                   "“The dam held through the night and nobody in the valley was hurt,” the mayor said.\n\n" +
                   "“The mayor thanked the volunteers who filled sandbags on the main street.”\n";
        Assert.Equal([9], CatalogueTester.FlaggedLines("CL4001", text));
    }

    [Fact]
    public void AQuotedSentenceInsideALongerParagraphIsNotADuplicateOfIt()
    {
        var text = "Storm hits valley\n\n" + CatalogueTester.Body + "\n" +
                   "Nobody was hurt in the valley overnight.\n\n" +
                   "The dam held, and officials confirmed on Tuesday that nobody was hurt in the valley overnight, despite the water.\n";
        Assert.Empty(CatalogueTester.FlaggedLines("CL4001", text));
    }

    [Fact]
    public void ParagraphsThePagePrintsTwiceInTheSameOrderStayBothTimes()
    {
        // A run of paragraphs repeated as a run (an entry quoted in a later one, a listing printed twice) is what
        // the page says twice, and annotated pages keep both copies; a pull quote is one paragraph on its own.
        var text = "Storm hits valley\n\n" + CatalogueTester.MoreBody + "\n" + CatalogueTester.Body + "\n" + CatalogueTester.MoreBody;
        Assert.Empty(CatalogueTester.FlaggedLines("CL4001", text));
    }

    [Fact]
    public void TwoPullQuotesSideBySideStillGoWhenTheirCopiesAreApart()
    {
        // Adjacent here, but their copies are not adjacent in the same order: two pull quotes, not a repeated run.
        const string second = "Volunteers filled sandbags along the main street through the night, and the church opened its hall to families whose homes were flooded.";
        var text = "Storm hits valley\n\n" + Quote + "\n\n" + second + "\n\n" + CatalogueTester.Body + "\n" + second + "\n\n" +
                   "The council said it would decide next month how much money to spend on repairs to the bridge and on new banks along the river.\n\n" +
                   Quote + "\n";
        Assert.Equal(2, CatalogueTester.FlaggedLines("CL4001", text).Length);
        var fixedText = CatalogueTester.Fix(text);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(fixedText, System.Text.RegularExpressions.Regex.Escape(Quote)));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(fixedText, System.Text.RegularExpressions.Regex.Escape(second)));
    }

    [Fact]
    public void CaptionWrittenTwiceInARowGoesEntirely()
    {
        var text = "Storm hits valley\n\nCrews clear mud from a road in the valley on Monday.\nCrews clear mud from a road in the valley on Monday. — AP\n\n" + CatalogueTester.Body;
        Assert.Equal([3, 4], CatalogueTester.FlaggedLines("CL4002", text));
    }
}
