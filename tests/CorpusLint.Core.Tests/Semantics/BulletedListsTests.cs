using CorpusLint.Semantics;
using CorpusLint.Syntax;
using CorpusLint.Text;

namespace CorpusLint.Core.Tests.Semantics;

public class BulletedListsTests
{
    private const string Opening =
        "Pupils Build a Weather Station\n\n" +
        "Pupils at the village school spent the spring term building a weather station on the roof of the gym, and their readings now go to the weather service.\n\n";

    private const string Closing =
        "The weather service said the readings were as good as those of its own stations, and it has asked the school to keep sending them all summer.\n\n" +
        "The head teacher said the pupils had learned more about science in one term than in a whole year of lessons, and other classes will build one too.\n";

    private static string Bulleted(string bullet, params string[] items) => string.Concat(items.Select(i => $"{bullet}\n\n{i}\n\n"));

    private static SemanticModel Model(string text) => new(ArticleParser.Parse(SourceText.From(text)), [new SymbolSignal()]);

    private static ArticleLine Line(SemanticModel model, string text) => model.Tree.Lines.First(l => l.Text == text);

    [Fact]
    public void ASentenceListBetweenParagraphsIsPartOfTheBody()
    {
        var model = Model(Opening + Bulleted("•", "Chose a safe place on the roof.", "Built a rain gauge from a bottle.", "Fixed the wind vane to a pole.") + Closing);
        Assert.Equal(BlockRole.Body, model.RoleOf(Line(model, "Built a rain gauge from a bottle.")));
        var bullet = model.Tree.Blocks[model.Tree.Lines.First(l => l.Text == "•").BlockIndex];
        Assert.True(model.Facts(bullet).InBulletedList);
        Assert.False(model.Facts(bullet).IsJunk);
    }

    [Fact]
    public void AListOfHeadlinesKeepsItsBulletsAsJunk()
    {
        // Other stories' headlines end in no full stop: the bullets stay separators and the list stays out of the body.
        var model = Model(Opening + Bulleted("•", "Council Votes on New Bridge", "School Wins Chess Final", "Storm Closes Coast Road") + Closing);
        var bullet = model.Tree.Blocks[model.Tree.Lines.First(l => l.Text == "•").BlockIndex];
        Assert.True(model.Facts(bullet).IsJunk);
        Assert.False(model.Facts(bullet).InBulletedList);
        Assert.NotEqual(BlockRole.Body, model.RoleOf(Line(model, "School Wins Chess Final")));
    }

    [Theory]
    [InlineData("•", 2, 1, true)]   // half the items are sentences: a list of the article
    [InlineData("•", 3, 1, false)]  // a third: a menu that happens to hold a sentence
    [InlineData("•", 1, 1, false)]  // one bullet and one item is no list
    [InlineData("▪", 2, 2, true)]
    [InlineData("-", 2, 2, true)]
    [InlineData("|", 2, 2, false)]  // a separator, not a bullet
    public void WhatMakesASentenceList(string bullet, int items, int sentences, bool isList)
    {
        var texts = Enumerable.Range(0, items).Select(i => i < sentences ? $"Step number {i} is done by the class." : $"Section Name {i}").ToArray();
        var model = Model(Opening + Bulleted(bullet, texts) + Closing);
        var first = model.Tree.Blocks[model.Tree.Lines.First(l => l.Text == bullet).BlockIndex];
        Assert.Equal(isList, model.Facts(first).InBulletedList);
    }

    [Fact]
    public void ASentenceListClosingTheArticleIsTakenInWhole()
    {
        // Five items after the last paragraph, more than the body takes in of other short blocks, then furniture.
        string[] items = ["Read the gauge at the same time every day.", "Look at the water level at eye height.", "Write the reading down first.", "Empty the gauge and put it back.", "Send the reading before nine."];
        var model = Model(Opening + Closing + "\n" + Bulleted("•", items) + "|\n\nSection One\n");
        Assert.All(items, i => Assert.Equal(BlockRole.Body, model.RoleOf(Line(model, i))));
        Assert.NotEqual(BlockRole.Body, model.RoleOf(Line(model, "Section One")));
    }

    [Theory]
    [InlineData("•\nChose a safe place on the roof.\n\n•\nBuilt a rain gauge from a bottle.\n\n•\nFixed the wind vane to a pole.\n\n")]
    [InlineData("•\nChose a safe place on the roof.\n•\nBuilt a rain gauge from a bottle.\n•\nFixed the wind vane to a pole.\n\n")]
    [InlineData("•\n\nChose a safe place on the roof.\n\n•\nBuilt a rain gauge from a bottle.\n\n•\nFixed the wind vane\nto a pole.\n\n")]
    public void BulletsInTheSameBlockAsTheirItemsMakeAListToo(string list)
    {
        var model = Model(Opening + list + Closing);
        Assert.Equal(BlockRole.Body, model.RoleOf(Line(model, "Built a rain gauge from a bottle.")));
        Assert.All(model.Tree.Blocks.Where(b => model.Tree.Lines[b.FirstLine].Text == "•"), b => Assert.False(model.Facts(b).IsJunk));
    }

    [Theory]
    [InlineData("•\nCouncil Votes on New Bridge\n•\nSchool Wins Chess Final\n•\nStorm Closes Coast Road\n\n")]  // headlines
    [InlineData("•\nChose a safe place on the roof.\n•\nShare this\n\n•\nBuilt a rain gauge from a bottle.\n\n")]  // a claimed line among the items
    [InlineData("•\n•\nChose a safe place on the roof.\n•\nBuilt a rain gauge from a bottle.\n\n")]  // two bullets, one item
    public void BlocksOfBulletsThatAreNoSentenceListStayJunk(string list)
    {
        var model = Model(Opening + list + Closing);
        var first = model.Tree.Blocks[model.Tree.Lines.First(l => l.Text == "•").BlockIndex];
        Assert.True(model.Facts(first).IsJunk);
        Assert.False(model.Facts(first).InBulletedList);
    }

    // Claims lines without a letter or digit, as the pack rule CL1005 does, and a share label.
    private sealed class SymbolSignal : IBoilerplateSignal
    {
        public string SignalId => "T1005";

        public int SignalOrder => 0;

        public bool IsPageFurniture => true;

        public bool IsBoilerplate(ArticleLine line) => !line.Text.Any(char.IsLetterOrDigit) || line.Text == "Share this";
    }
}
