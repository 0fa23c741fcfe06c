using CorpusLint.Rules.Packs;

namespace CorpusLint.Rules.Tests.Packs;

public class PhraseStartsTests
{
    // Letters in both cases, spaces of several kinds, decoration, a character outside ASCII and the Kelvin sign
    // (which lowercases to `k`): lines built from them, and keys made of the keys of some of those lines.
    private static readonly string[] Pieces = ["s", "S", "h", "H", "a", "k", "\u212A", " ", "  ", "\t", "\u00A0", "\u2003", ":", "|", "»", "*", "-", "é", "\u000B", "1"];

    /// <summary>A line whose phrase key is one of the keys is never turned away by its beginning.</summary>
    [Fact]
    public void ALineWhoseKeyIsAPhraseIsLetThrough()
    {
        var random = new Random(20261207);
        int turnedAway = 0, matched = 0;
        for (int sample = 0; sample < 300; sample++)
        {
            var lines = Enumerable.Range(0, 200).Select(_ => string.Concat(Enumerable.Range(0, random.Next(1, 6)).Select(_ => Pieces[random.Next(Pieces.Length)]))).ToList();
            var keys = lines.Take(4).Select(PhraseRule.PhraseKey).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);
            var starts = new PhraseStarts(keys);
            foreach (var line in lines)
            {
                var trimmed = line.Trim();
                if (trimmed.Length == 0 || trimmed[0] >= 128)
                {
                    continue;
                }

                bool mayBegin = starts.MayBegin(trimmed.AsSpan(0, Math.Min(2, trimmed.Length)));
                if (keys.Contains(PhraseRule.PhraseKey(line)))
                {
                    matched++;
                    Assert.True(mayBegin, $"'{line}' (key '{PhraseRule.PhraseKey(line)}') is turned away; keys: {string.Join(" / ", keys)}");
                }

                turnedAway += mayBegin ? 0 : 1;
            }
        }

        Assert.True(matched > 1000, $"only {matched} lines had a phrase's key");
        Assert.True(turnedAway > 1000, $"only {turnedAway} lines were turned away");
    }

    [Fact]
    public void ALineIsTurnedAwayWhenNoKeyBeginsAsItsKeyWould()
    {
        var starts = new PhraseStarts(["share", "share this", "print", "a"]);
        Assert.True(starts.MayBegin("Sh"));
        Assert.True(starts.MayBegin("PR"));
        Assert.False(starts.MayBegin("Se"));
        Assert.False(starts.MayBegin("s"));
        Assert.True(starts.MayBegin("a"));
        Assert.True(starts.MayBegin("a:"));
        Assert.True(starts.MayBegin("a "));
        Assert.False(starts.MayBegin("ab"));
        Assert.True(starts.MayBegin("»S"));
        Assert.True(starts.MayBegin("s\u00E9"));

        // A key beginning with a space or outside ASCII could come from a line beginning with anything.
        Assert.True(new PhraseStarts(["\u00E9dition"]).MayBegin("Xy"));
        Assert.True(new PhraseStarts([" x"]).MayBegin("Xy"));
    }
}
