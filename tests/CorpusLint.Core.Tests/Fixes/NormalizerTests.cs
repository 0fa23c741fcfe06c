using CorpusLint.Fixes;

namespace CorpusLint.Core.Tests.Fixes;

public class NormalizerTests
{
    [Fact]
    public void ProducesOneParagraphPerLineWithOneBlankLineBetween()
    {
        Assert.Equal("Title\n\nFirst.\n\nSecond.\n", Normalizer.Normalize("\n\nTitle\r\nFirst.\n\n\n\nSecond.\n\n"));
    }

    [Fact]
    public void FoldsOddSpacesAndDropsInvisibleCharacters()
    {
        Assert.Equal("A b c d.\n", Normalizer.Normalize("  A\u00A0b\t\u200Bc  d. \u0007"));
    }

    [Fact]
    public void ComposesToNfc()
    {
        Assert.Equal("caf\u00E9\n", Normalizer.Normalize("cafe\u0301"));
    }

    [Fact]
    public void LeavesWordsQuotesAndDashesAlone()
    {
        const string line = "“It’s — well — fine,” she said… naïve 東京 مرحبا 👍🏽";
        Assert.Equal(line + "\n", Normalizer.Normalize(line));
    }

    [Fact]
    public void KeepsJoinersThatCarryMeaning()
    {
        const string family = "👨\u200D👩\u200D👧 and \u0645\u200C\u06CC";
        Assert.Equal(family + "\n", Normalizer.Normalize(family));
    }

    [Fact]
    public void EmptyOrBlankTextBecomesEmpty()
    {
        Assert.Equal("", Normalizer.Normalize(""));
        Assert.Equal("", Normalizer.Normalize(" \n\u00A0\n\t\n"));
    }

    [Fact]
    public void IsIdempotent()
    {
        var once = Normalizer.Normalize(" x \r\n\r\n\r\ny\u00A0\u00A0z");
        Assert.Equal(once, Normalizer.Normalize(once));
    }

    // The fix engine relies on it: a round that chooses no fix stops without normalising its text again.
    [Fact]
    public void IsIdempotentOnRandomMixesOfTheCharactersItChanges()
    {
        // Breaks, spaces of every kind, controls, invisible characters, combining marks, singletons NFC replaces
        // (U+2000, U+212B, U+037E), Hangul jamo that compose, and letters, punctuation and a surrogate pair.
        string[] pieces = ["\n", "\r", "\r\n", "\u2028", "\u2029", " ", "  ", "\t", "\u00A0", "\u2000", "\u2003", "\u3000",
            "\u0000", "\u0085", "\u007F", "\u00AD", "\u200B", "\uFEFF", "\u2060", "\u180E", "\u0301", "\u0308", "\u0327",
            "\u212B", "\u037E", "\u1100", "\u1161", "\u11A8", "e", "A", "ß", "—", "“", "…", "日", "\U0001F600", "."];
        var random = new Random(20261206);
        for (int sample = 0; sample < 2000; sample++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 40)).Select(_ => pieces[random.Next(pieces.Length)]));
            var once = Normalizer.Normalize(text);
            Assert.True(once == Normalizer.Normalize(once), $"normalising again changed the form of {string.Join(' ', text.Select(c => $"U+{(int)c:X4}"))}");
        }
    }

    // The normaliser finds line ends by a vectorised search: whatever the breaks, the text must be its lines (CRLF one
    // break, CR, LF, U+2028 and U+2029 one each), each in its canonical form, the empty ones dropped, a blank line
    // between the others and one newline at the end.
    [Fact]
    public void IsTheTextsLinesEachNormalisedWithABlankLineBetween()
    {
        string[] pieces = ["\n", "\r", "\r\n", "\n\r", "\r\r\n", "\u2028", "\u2029", "\u0085", " ", "\u00A0", "\u200B", "word", "Zeile", "e\u0301", "“q”", "."];
        var random = new Random(20261207);
        for (int sample = 0; sample < 3000; sample++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 60)).Select(_ => pieces[random.Next(pieces.Length)]));
            var lines = System.Text.RegularExpressions.Regex.Split(text, "\r\n|[\r\n\u2028\u2029]")
                .Select(l => Normalizer.NormalizeLine(l))
                .Where(l => l.Length > 0)
                .ToList();
            var expected = lines.Count == 0 ? "" : string.Join("\n\n", lines) + "\n";
            Assert.True(expected == Normalizer.Normalize(text), $"wrong form of {string.Join(' ', text.Select(c => $"U+{(int)c:X4}"))}");
        }
    }
    // The fix guard compares a fixed text with the original as it is when its lines are canonical: then normalising
    // must change no line, and so no word, and the check must say false whenever a line would change.
    [Fact]
    public void TextsWithCanonicalLinesKeepTheirWordsWhenNormalised()
    {
        string[] pieces = ["\n", "\r\n", "\r", "\u2028", " ", "  ", "\u00A0", "\u00AD", "\u200B", "\u0007", "e\u0301", "\u00E9", "ex", "ample", "“q”", "日本", "."];
        var random = new Random(202612071);
        int canonical = 0;
        for (int sample = 0; sample < 3000; sample++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 30)).Select(_ => pieces[random.Next(pieces.Length)]));
            var lines = System.Text.RegularExpressions.Regex.Split(text, "\r\n|[\r\n\u2028\u2029]");
            bool expected = lines.All(l => Normalizer.NormalizeLine(l) == l);
            Assert.True(expected == Normalizer.HasCanonicalLines(text), $"wrong answer for {string.Join(' ', text.Select(c => $"U+{(int)c:X4}"))}");
            if (expected)
            {
                canonical++;
                var normalised = Normalizer.Normalize(text);
                var words = WordSequence.Compare(normalised, text);
                Assert.Null(words.MissingWord);
                Assert.Equal(words.InputWords, words.OutputWords);
            }
        }

        Assert.InRange(canonical, 100, 2900);
    }

    [Theory]
    [InlineData("A plain line.")]
    [InlineData("Quotes “stay” — and dashes – too, café, naïve, Ελληνικά, 日本語。")]
    [InlineData("")]
    [InlineData(" leading")]
    [InlineData("trailing ")]
    [InlineData("two  spaces")]
    [InlineData("a\ttab")]
    [InlineData("no\u00A0break")]
    [InlineData("soft\u00ADhyphen")]
    [InlineData("zero\u200Bwidth")]
    [InlineData("bom\uFEFF")]
    [InlineData("control\u0085char")]
    [InlineData("em\u2003space")]
    [InlineData("decomposed cafe\u0301")]
    [InlineData("line\u2028separator")]
    public void TheCanonicalLineCheckAgreesWithTheNormaliser(string line)
    {
        Assert.Equal(Normalizer.NormalizeLine(line) == line, Normalizer.IsCanonicalLine(line));
    }

    [Fact]
    public void TheCanonicalLineCheckAgreesWithTheNormaliserOnEveryCharacter()
    {
        for (int c = 1; c < 0x3000; c++)
        {
            foreach (var line in new[] { $"a{(char)c}b", $"{(char)c}", $"e{(char)c}", $"“{(char)c}”", $"e{(char)c}\u0301" })
            {
                Assert.True(Normalizer.NormalizeLine(line) == line == Normalizer.IsCanonicalLine(line), $"U+{c:X4} in '{line}'");
            }
        }
    }
    // Lines of runs of ASCII between other characters, as news text is, where a double space, a space at an end or
    // a character that needs cleaning may fall on either side of a run's boundary.
    [Fact]
    public void TheCanonicalLineCheckAgreesWithTheNormaliserOnRandomMixes()
    {
        string[] pieces = ["word", "a", " ", "  ", ".", "~", "\t", "\u007F", "\u0085", "\u00A0", "\u00AD", "é", "ß", "\u0301",
            "“", "”", "—", "…", "\u2003", "\u200B", "\uFEFF", "\u2028", "日", "\U0001F600", "Ω", "\u212B", "\u1100\u1161"];
        var random = new Random(61206);
        for (int sample = 0; sample < 5000; sample++)
        {
            var line = string.Concat(Enumerable.Range(0, random.Next(1, 16)).Select(_ => pieces[random.Next(pieces.Length)]));
            Assert.True(Normalizer.NormalizeLine(line) == line == Normalizer.IsCanonicalLine(line), $"{string.Join(' ', line.Select(c => $"U+{(int)c:X4}"))}");
        }
    }
}
