using CorpusLint.Semantics;
using CorpusLint.Syntax;
using CorpusLint.Text;

namespace CorpusLint.Core.Tests.Semantics;

public class SemanticModelTests
{
    private const string Article =
        "Home\n\nRivers Rise After Storm\n\n" +
        "Rivers across the valley rose sharply on Monday after a storm dropped heavy rain on the hills overnight.\n\n" +
        "Farmers said the water reached their fields by noon, and several roads were closed until the evening.\n\n" +
        "Related\n\nCelebrity chef opens restaurant\n";

    [Fact]
    public void BodyRegionSpansTheProse()
    {
        var model = new SemanticModel(ArticleParser.Parse(SourceText.From(Article)));
        Assert.Equal(4, model.Body.FirstLine);
        Assert.Equal(6, model.Body.LastLine);
        Assert.Equal("Home", model.Title!.Text);
    }

    [Fact]
    public void TopicOverlapTellsRelatedFromUnrelatedHeadlines()
    {
        var model = new SemanticModel(ArticleParser.Parse(SourceText.From(Article)));
        Assert.True(model.TopicOverlap("Storm floods valley fields") > 0.5);
        Assert.Equal(0, model.TopicOverlap("Celebrity chef opens restaurant"));
    }

    [Fact]
    public void SentenceIndexFindsARepeatedSentenceDespiteQuotesAndCase()
    {
        var model = new SemanticModel(ArticleParser.Parse(SourceText.From("“It is over,” he said. Then he left.\n\nIT IS OVER, HE SAID\n")));
        Assert.Equal([0, 2], model.Sentences.LinesWith(WordTokenizer.ComparisonKey("It is over, he said.")));
    }

    [Fact]
    public void SentenceSplitterKeepsClosingQuotesWithTheirSentence()
    {
        Assert.Equal(["“Go.”", "He went!", "Done"], SentenceSplitter.Split("“Go.” He went! Done"));
    }
}
