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
    public void CaptionWrittenTwiceInARowGoesEntirely()
    {
        var text = "Storm hits valley\n\nCrews clear mud from a road in the valley on Monday.\nCrews clear mud from a road in the valley on Monday. — AP\n\n" + CatalogueTester.Body;
        Assert.Equal([3, 4], CatalogueTester.FlaggedLines("CL4002", text));
    }
}
