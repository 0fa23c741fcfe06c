using CorpusLint.Semantics;
using CorpusLint.Syntax;
using CorpusLint.Text;

namespace CorpusLint.Core.Tests.Semantics;

public class BoilerplateSignalsTests
{
    private static readonly ArticleTree Tree = ArticleParser.Parse(SourceText.From("Share\n\nShare this story with a friend\n\nMore\n"));

    [Fact]
    public void TheFirstSignalInOrderThenIdClaimsALine()
    {
        var broad = new CountingSignal("A", order: 1);
        var second = new CountingSignal("C");
        var first = new CountingSignal("B");
        var signals = new BoilerplateSignals([broad, second, first]);
        Assert.Same(first, signals.FirstClaim(Tree.Lines[0]));
        Assert.Equal(0, second.Asked);
        Assert.Equal(0, broad.Asked);
    }

    /// <summary>A signal is not asked about a line of more words than it claims, and a line within its bound still is.</summary>
    [Fact]
    public void ALineLongerThanASignalsBoundIsNotAskedOfIt()
    {
        var short_ = new CountingSignal("A", maxWords: 1);
        var any = new CountingSignal("B");
        var signals = new BoilerplateSignals([short_, any]);
        Assert.Same(any, signals.FirstClaim(Tree.Lines[2]));
        Assert.Equal(0, short_.Asked);
        Assert.Same(short_, signals.FirstClaim(Tree.Lines[4]));
        Assert.Equal(1, short_.Asked);
    }

    [Fact]
    public void ALineNoSignalClaimsHasNoClaim()
    {
        var never = new CountingSignal("A", claims: false);
        Assert.Null(new BoilerplateSignals([never]).FirstClaim(Tree.Lines[0]));
        Assert.Equal(1, never.Asked);
        Assert.Null(BoilerplateSignals.None.FirstClaim(Tree.Lines[0]));
    }

    /// <summary>
    /// Past the 63 signals a mask holds, signals are still asked in order; a line of hundreds of words still goes to
    /// the signals whose bound it is within, and only to those.
    /// </summary>
    [Fact]
    public void ManySignalsAndLongLinesAreAskedByTheirBounds()
    {
        var many = Enumerable.Range(0, 70).Select(i => new CountingSignal($"S{i:D2}", claims: i == 66)).ToList();
        Assert.Same(many[66], new BoilerplateSignals(many).FirstClaim(Tree.Lines[0]));
        Assert.All(many.Take(67), s => Assert.Equal(1, s.Asked));
        Assert.All(many.Skip(67), s => Assert.Equal(0, s.Asked));

        var longLine = ArticleParser.Parse(SourceText.From(string.Join(' ', Enumerable.Repeat("word", 280)))).Lines[0];
        var tooShort = new CountingSignal("A", maxWords: 270);
        var longEnough = new CountingSignal("B", maxWords: 300, claims: false);
        var any = new CountingSignal("C");
        Assert.Same(any, new BoilerplateSignals([tooShort, longEnough, any]).FirstClaim(longLine));
        Assert.Equal((0, 1, 1), (tooShort.Asked, longEnough.Asked, any.Asked));
    }

    /// <summary>
    /// A signal that claims no line beginning as a line begins is not asked about it, and the next signal in order is;
    /// a line beginning outside ASCII, or one the filter lets through, is still asked. One character is its own way of beginning.
    /// </summary>
    [Fact]
    public void ASignalIsNotAskedAboutALineBeginningAsNoneItClaims()
    {
        var tree = ArticleParser.Parse(SourceText.From("Share\n\nMore\n\n\u00DCber\n\nS\n\nShop\n"));
        var shares = new StartSignal("A", start => start.StartsWith("Sh", StringComparison.Ordinal));
        var any = new CountingSignal("B");
        var signals = new BoilerplateSignals([shares, any]);
        Assert.Same(shares, signals.FirstClaim(tree.Lines[0]));
        Assert.Same(any, signals.FirstClaim(tree.Lines[2]));
        Assert.Equal(1, shares.Asked);
        Assert.Same(shares, signals.FirstClaim(tree.Lines[4]));
        Assert.Same(any, signals.FirstClaim(tree.Lines[6]));
        Assert.Same(shares, signals.FirstClaim(tree.Lines[8]));
        Assert.Equal(3, shares.Asked);
    }

    /// <summary>What a signal's filter answers is learnt per way of beginning, until the filters change.</summary>
    [Fact]
    public void ChangedStartFiltersAreAskedAgain()
    {
        var tree = ArticleParser.Parse(SourceText.From("More\n"));
        bool letsThrough = false;
        var signal = new StartSignal("A", _ => letsThrough);
        var signals = new BoilerplateSignals([signal]);
        Assert.Null(signals.FirstClaim(tree.Lines[0]));
        Assert.Equal(0, signal.Asked);
        letsThrough = true;
        BoilerplateSignals.StartFiltersChanged();
        Assert.Same(signal, signals.FirstClaim(tree.Lines[0]));
        Assert.Equal(1, signal.Asked);
    }

    /// <summary>Claims every line it is asked about, and lets through the beginnings its test accepts.</summary>
    private sealed class StartSignal(string id, Func<string, bool> mayBegin) : IBoilerplateSignal, IStartFilteredSignal
    {
        public int Asked { get; private set; }

        public string SignalId => id;

        public int SignalOrder => 0;

        public bool IsPageFurniture => true;

        public bool IsBoilerplate(ArticleLine line)
        {
            Asked++;
            return true;
        }

        public bool MayClaimLineBeginning(ReadOnlySpan<char> start) => mayBegin(start.ToString());
    }

    private sealed class CountingSignal(string id, int order = 0, int maxWords = int.MaxValue, bool claims = true) : IBoilerplateSignal
    {
        public int Asked { get; private set; }

        public string SignalId => id;

        public int SignalOrder => order;

        public bool IsPageFurniture => true;

        public int MaxWords => maxWords;

        public bool IsBoilerplate(ArticleLine line)
        {
            Asked++;
            return claims;
        }
    }
}
