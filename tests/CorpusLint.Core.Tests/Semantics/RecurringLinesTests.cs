using CorpusLint.Semantics;
using CorpusLint.Syntax;
using CorpusLint.Text;

namespace CorpusLint.Core.Tests.Semantics;

public class RecurringLinesTests
{
    // Lines a page and its fixed text share, with the same words in other cases and orders, a signal's labels and
    // words beyond ASCII, so that lines alike in their words differ in their keys or their claims; and lines of one
    // whitespace word that the tokenizer cuts into dozens, more keys than the array is sized for.
    private static readonly string[] Pool =
    [
        string.Join('/', Enumerable.Range(0, 40).Select(i => $"w{i}")), string.Join('/', Enumerable.Range(0, 90).Select(i => $"x{i}")),
        "Home", "home", "Share this", "Rivers rose sharply on Monday after the storm.", "rivers rose sharply on monday after the storm.",
        "Monday after the storm, rivers rose sharply.", "Farmers said the water reached their fields by noon.", "Share", "Café au lait, naïve façade",
        "Related", "Celebrity chef opens restaurant", "   Share this   ", "", "", "",
    ];

    /// <summary>
    /// Random pairs of texts drawn from the same lines, as a page and its fixed text are: the second model, lent what
    /// the first found, claims every line and keys its words exactly as a model that finds them itself.
    /// </summary>
    [Fact]
    public void AModelLentEarlierFactsFindsWhatAModelOfItsOwnFinds()
    {
        var random = new Random(20261207);
        for (int trial = 0; trial < 300; trial++)
        {
            var recurring = new RecurringLines();
            var first = Model(RandomText(random), recurring, new LabelSignal());
            _ = first.Body;
            _ = first.Shingles;
            first.RememberIn(recurring);

            var text = RandomText(random);
            var lent = Model(text, recurring, new LabelSignal());
            var own = Model(text, null, new LabelSignal());
            var tree = lent.Tree;
            var lentKeys = LineWordKeys.Of(tree, recurring.Of(tree));
            var ownKeys = LineWordKeys.Of(tree);
            foreach (var line in tree.Lines)
            {
                Assert.Equal(own.BoilerplateSignalOf(own.Tree.Lines[line.Index])?.SignalId, lent.BoilerplateSignalOf(line)?.SignalId);
                Assert.Equal(ownKeys.KeysOf(line).ToArray(), lentKeys.KeysOf(line).ToArray());
            }
        }
    }

    /// <summary>A line met before is not asked of the signals again; a line new to the document is, every time.</summary>
    [Fact]
    public void OnlyLinesNotMetBeforeAreAskedOfTheSignals()
    {
        var recurring = new RecurringLines();
        var signal = new LabelSignal();
        var first = Model("Home\n\nRivers rose sharply on Monday after the storm.\n\nShare this\n", recurring, signal);
        _ = first.Body;
        _ = first.Shingles;
        first.RememberIn(recurring);
        signal.Asked.Clear();

        var second = Model("Rivers rose sharply on Monday after the storm.\n\nShare\n\nShare\n\nHome\n", recurring, signal);
        _ = second.Body;
        Assert.Equal(["Share", "Share"], signal.Asked);
        Assert.Equal("T0001", second.BoilerplateSignalOf(second.Tree.Lines[6])?.SignalId);
    }

    /// <summary>A model whose word keys were never needed keeps nothing: a later model finds every line itself.</summary>
    [Fact]
    public void AModelKeepsNothingItDidNotFind()
    {
        var recurring = new RecurringLines();
        var signal = new LabelSignal();
        var first = Model("Home\n\nShare this\n", recurring, signal);
        _ = first.BoilerplateSignalOf(first.Tree.Lines[0]);
        first.RememberIn(recurring);
        signal.Asked.Clear();

        var second = Model("Home\n\nShare this\n", recurring, signal);
        _ = second.BoilerplateSignalOf(second.Tree.Lines[0]);
        Assert.Equal(["Home", "Share this"], signal.Asked);
    }

    private static SemanticModel Model(string text, RecurringLines? recurring, LabelSignal signal) =>
        new(ArticleParser.Parse(SourceText.From(text)), new BoilerplateSignals([signal]), recurring);

    private static string RandomText(Random random) =>
        string.Join('\n', Enumerable.Range(0, random.Next(1, 25)).Select(_ => Pool[random.Next(Pool.Length)]));

    // Claims short interface labels, and notes each line it is asked about.
    private sealed class LabelSignal : IBoilerplateSignal
    {
        public List<string> Asked { get; } = [];

        public string SignalId => "T0001";

        public int SignalOrder => 0;

        public bool IsPageFurniture => true;

        public bool IsBoilerplate(ArticleLine line)
        {
            Asked.Add(line.Text);
            return line.Text.Trim().ToLowerInvariant() is "home" or "share" or "share this" or "related";
        }
    }
}
