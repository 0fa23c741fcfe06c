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
