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
    public void BodyRegionSpansTheProseBetweenJunk()
    {
        // "Home" and "Related" are junk by the signal; the prose between them wins the body search.
        var model = new SemanticModel(ArticleParser.Parse(SourceText.From(Article)), [new WordSignal("home", "related")]);
        Assert.Equal(4, model.Body.FirstLine);
        Assert.Equal(6, model.Body.LastLine);
        Assert.Equal("Rivers Rise After Storm", model.Headline!.Text);
        Assert.Equal(BlockRole.Title, model.RoleOf(model.Tree.Lines[2]));
        Assert.Equal(BlockRole.Body, model.RoleOf(model.Tree.Lines[6]));
        Assert.Equal(BlockRole.UnrelatedHeadline, model.RoleOf(model.Tree.Lines[10]));
    }

    [Fact]
    public void APageWithoutJunkIsAllBody()
    {
        var model = new SemanticModel(ArticleParser.Parse(SourceText.From(Article)));
        Assert.Equal(2, model.Body.FirstLine);
        Assert.Equal(10, model.Body.LastLine);
        Assert.Equal("Home", model.Headline!.Text);
    }

    [Fact]
    public void TheFirstSignalInIdOrderClaimsALine()
    {
        var model = new SemanticModel(ArticleParser.Parse(SourceText.From(Article)), [new WordSignal("home") { SignalId = "B" }, new WordSignal("home") { SignalId = "A" }]);
        Assert.Equal("A", model.BoilerplateSignalOf(model.Tree.Lines[0])!.SignalId);
        Assert.Null(model.BoilerplateSignalOf(model.Tree.Lines[4]));
    }

    /// <summary>Each signal's claimed lines are the lines it claims first, in order; a signal that claims none (or is outclaimed) has none.</summary>
    [Fact]
    public void EachSignalHasTheLinesItClaimsInOrder()
    {
        var home = new WordSignal("home", "related") { SignalId = "A" };
        var related = new WordSignal("related", "celebrity chef opens restaurant") { SignalId = "B" };
        var none = new WordSignal("nothing here") { SignalId = "C" };
        var model = new SemanticModel(ArticleParser.Parse(SourceText.From(Article)), [related, none, home]);
        Assert.Equal([0, 8], model.LinesClaimedBy(home).Select(l => l.Index));
        Assert.Equal([10], model.LinesClaimedBy(related).Select(l => l.Index));
        Assert.Empty(model.LinesClaimedBy(none));
    }

    private sealed class WordSignal(params string[] lines) : IBoilerplateSignal
    {
        public string SignalId { get; init; } = "T0001";

        public int SignalOrder => 0;

        public bool IsPageFurniture => true;

        public bool IsBoilerplate(ArticleLine line) => lines.Contains(line.Text.ToLowerInvariant());
    }

    [Fact]
    public void TopicOverlapTellsRelatedFromUnrelatedHeadlines()
    {
        var model = new SemanticModel(ArticleParser.Parse(SourceText.From(Article)));
        Assert.True(model.TopicOverlap("Storm floods valley fields") > 0.5);
        Assert.Equal(0, model.TopicOverlap("Celebrity chef opens restaurant"));
    }

    /// <summary>A block's overlap is its lines' words taken together, as the text the lines joined by spaces make.</summary>
    [Fact]
    public void ABlocksTopicOverlapIsThatOfItsLinesJoined()
    {
        var text = Article + "\nStorm floods valley\nCelebrity chef opens restaurant\nFarmers' roads closed, storm again\n";
        var model = new SemanticModel(ArticleParser.Parse(SourceText.From(text)));
        var block = model.Tree.Blocks[^1];
        Assert.Equal(3, block.LineCount);
        double overlap = model.TopicOverlap(block);
        Assert.Equal(model.TopicOverlap(HeadlineFinder.BlockText(model.Tree, block)), overlap);
        Assert.InRange(overlap, 0.3, 0.7);
    }

    /// <summary>
    /// Each distinct content word counts once, in any case, and function words and numbers not at all; a text of more
    /// words than fit on the stack counts the same way.
    /// </summary>
    [Fact]
    public void TopicOverlapIsTheShareOfTheTextsDistinctContentWordsTheBodyUses()
    {
        var model = new SemanticModel(ArticleParser.Parse(SourceText.From(Article)));
        Assert.Equal(0.5, model.TopicOverlap("Storm STORM storm the of 2026 chef"));
        var unrelated = Enumerable.Range(0, 300).Select(i => $"unrelated{i}");
        var text = string.Join(' ', unrelated.Concat(["Rivers", "valley", "storm", "fields", "roads", "evening"]).Concat(unrelated));
        Assert.Equal(6.0 / 306, model.TopicOverlap(text), 10);
    }

    [Fact]
    public void TeaserBlocksAreJudgedByTheirTopicOverlap()
    {
        // A teaser-shaped block after the body is another story's headline exactly when TopicOverlap says so,
        // whatever its case, apostrophes or function words.
        var text = Article + "\nStorm floods valley fields again\n\nFARMERS' ROADS closed by the rivers\n\nThe of and it\n";
        var model = new SemanticModel(ArticleParser.Parse(SourceText.From(text)), [new WordSignal("home", "related")]);
        var teasers = model.Tree.Lines.Where(l => !l.IsBlank && l.Index > 8).ToList();
        Assert.Equal(4, teasers.Count);
        foreach (var line in teasers)
        {
            bool unrelated = model.TopicOverlap(line) < HeadlineShape.MaxTopicOverlap;
            Assert.Equal(model.TopicOverlap(line.Text), model.TopicOverlap(line));
            Assert.Equal(unrelated ? BlockRole.UnrelatedHeadline : BlockRole.AfterBody, model.RoleOf(line));
        }

        Assert.Contains(teasers, l => model.RoleOf(l) == BlockRole.AfterBody);
        Assert.Contains(teasers, l => model.RoleOf(l) == BlockRole.UnrelatedHeadline);
    }

    [Fact]
    public void ShingleIndexFindsARepeatedSentenceDespiteQuotesAndCase()
    {
        var model = new SemanticModel(ArticleParser.Parse(SourceText.From("“It is over now,” he said. Then he left.\n\nIT IS OVER NOW, HE SAID\n\nIt is not over.\n")));
        Assert.Equal([0, 2], model.Shingles.LinesContaining("It is over now, he said."));
    }

    [Fact]
    public void ShingleIndexNarrowsASentenceToTheLinesHoldingAllOfIt()
    {
        // The third line shares the sentence's first shingles only, so the lookup drops it on the way.
        var model = new SemanticModel(ArticleParser.Parse(SourceText.From(
            "The cat sat on the mat today and then.\n\nThe cat sat on the mat today and then.\n\nThe cat sat on the mat yesterday.\n\n" +
            "We know the cat sat on the mat today and then it left.\n")));
        Assert.Equal([0, 2, 6], model.Shingles.LinesContaining("the cat sat on the mat today and then"));
        Assert.Equal([4], model.Shingles.LinesContaining("the cat sat on the mat yesterday"));
        Assert.Empty(model.Shingles.LinesContaining("the cat sat on the mat tomorrow"));
    }

    [Fact]
    public void ShingleIndexCutsAndHashesWordsAsTheTokenizerDoes()
    {
        // Inner apostrophes, letters beyond ASCII, digits and case: the index (words hashed as they are cut) and a
        // sentence looked up (words cut, then hashed) must agree on every word.
        const string sentence = "Don’t tell O'Brien the café in Zürich closed in 2024, ‘rock’ ÉTÉ";
        var model = new SemanticModel(ArticleParser.Parse(SourceText.From(sentence + "\n\n" + sentence.ToUpperInvariant() + "\n")));
        Assert.True(model.Shingles.FirstShingleRepeats(model.Tree.Lines[0]));
        Assert.Equal([0, 2], model.Shingles.LinesContaining(sentence.ToLowerInvariant()));
        Assert.Empty(model.Shingles.LinesContaining("Dont tell OBrien the cafe in Zurich"));
    }

    /// <summary>A line's first five words must stand in another line too; a line of fewer words has no shingle.</summary>
    [Fact]
    public void FirstShingleRepeatsWhenAnotherLineHoldsTheLinesFirstFiveWords()
    {
        var model = new SemanticModel(ArticleParser.Parse(SourceText.From(
            "The river rose over the banks.\n\nIn the end THE RIVER ROSE, OVER the town.\n\nThe river rose quickly over it.\n\nThe river rose over\n")));
        var lines = model.Tree.Lines;
        Assert.True(model.Shingles.FirstShingleRepeats(lines[0]));
        Assert.False(model.Shingles.FirstShingleRepeats(lines[2]));
        Assert.False(model.Shingles.FirstShingleRepeats(lines[4]));
        Assert.False(model.Shingles.FirstShingleRepeats(lines[6]));
    }

    [Fact]
    public void SentenceSplitterKeepsClosingQuotesWithTheirSentence()
    {
        Assert.Equal(["“Go.”", "He went!", "Done"], SentenceSplitter.Split("“Go.” He went! Done"));
    }
}
