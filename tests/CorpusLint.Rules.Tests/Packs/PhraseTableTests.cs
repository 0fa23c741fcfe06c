using CorpusLint.Rules.Packs;

namespace CorpusLint.Rules.Tests.Packs;

public class PhraseTableTests
{
    /// <summary>The table answers as a set of the phrases does, for phrases and for keys that are none, many sharing slots.</summary>
    [Fact]
    public void ATableHoldsItsPhrasesAndNothingElse()
    {
        var random = new Random(20261207);
        var phrases = Enumerable.Range(0, 300).Select(_ => RandomKey(random)).Distinct().ToList();
        var table = new PhraseTable([.. phrases, phrases[0]]);
        var set = phrases.ToHashSet(StringComparer.Ordinal);
        foreach (var key in phrases.Concat(Enumerable.Range(0, 3000).Select(_ => RandomKey(random))).Append(string.Empty))
        {
            Assert.Equal(set.Contains(key), table.Contains(key, PhraseTable.Hash(key)));
        }
    }

    [Fact]
    public void AnEmptyTableHoldsNothing() =>
        Assert.False(new PhraseTable([]).Contains("share", PhraseTable.Hash("share")));

    private static string RandomKey(Random random) =>
        new(Enumerable.Range(0, random.Next(1, 5)).Select(_ => "ab c"[random.Next(4)]).ToArray());
}
