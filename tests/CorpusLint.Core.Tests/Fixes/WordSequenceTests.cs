using CorpusLint.Fixes;

namespace CorpusLint.Core.Tests.Fixes;

public class WordSequenceTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("  \n\t ", 0)]
    [InlineData("The minister said so.", 4)]
    [InlineData("don't stop — 2024!", 4)]
    [InlineData("Министр сказал это.", 3)]
    [InlineData("قال الوزير ذلك", 3)]
    [InlineData("部长这样说。", 5)]
    [InlineData("東京でニュース", 7)]
    [InlineData("e\u0301te\u0301 café", 2)]
    [InlineData("नमस्ते दुनिया", 2)]
    [InlineData("🎉👍🏽 ★ → ***", 0)]
    [InlineData("naïve café2 é", 3)]
    [InlineData("x部长 éx", 4)]
    [InlineData("abc def—ghi", 3)]
    [InlineData("ab\u0301c d", 2)]
    [InlineData("ab部c", 3)]
    [InlineData("ab2é-x", 2)]
    public void CountsRunsOfLettersAndEachCharacterOfScriptsWithoutSpaces(string text, int expected)
    {
        var comparison = WordSequence.Compare(string.Empty, text);
        Assert.Equal(expected, comparison.InputWords);
        Assert.Equal(0, comparison.OutputWords);
    }

    [Theory]
    [InlineData("Title\n\nBody text here.\n", "Title\n\nShare this\n\nBody text here.\n")]
    [InlineData("", "anything at all")]
    [InlineData("部长说。", "分享到微博部长这样说。")]
    [InlineData("a a", "a b a")]
    public void DeletingWordsKeepsASubsequence(string output, string input)
    {
        var comparison = WordSequence.Compare(output, input);
        Assert.Null(comparison.MissingWord);
        Assert.Equal(-1, comparison.MissingOffset);
    }

    [Theory]
    [InlineData("Body text here and more.", "Body text here.", "and", 15)]
    [InlineData("here text", "text here", "text", 5)]
    [InlineData("Colour", "Color", "Colour", 0)]
    [InlineData("a a", "a", "a", 2)]
    public void AddedRewrittenOrReorderedWordsAreNot(string output, string input, string missing, int offset)
    {
        var comparison = WordSequence.Compare(output, input);
        Assert.Equal(missing, comparison.MissingWord);
        Assert.Equal(offset, comparison.MissingOffset);
    }

    // ASCII word characters come from a table: each ASCII character, alone or between two letters, is a word's
    // character exactly when it is a letter or a digit.
    [Fact]
    public void AnAsciiCharacterIsPartOfAWordExactlyWhenItIsALetterOrDigit()
    {
        for (char c = '\0'; c < 128; c++)
        {
            int expected = char.IsAsciiLetterOrDigit(c) ? 1 : 0;
            Assert.True(expected == WordSequence.Compare(c.ToString(), c.ToString()).OutputWords, $"U+{(int)c:X4} alone");
            Assert.True(2 - expected == WordSequence.Compare($"a{c}b", $"a{c}b").OutputWords, $"U+{(int)c:X4} between letters");
        }
    }

    [Fact]
    public void ALongSingleLineIsCheckedInOnePass()
    {
        // 2 million words on one line: a quadratic comparison would not finish in any reasonable time.
        var line = string.Concat(Enumerable.Repeat("word ", 2_000_000));
        var comparison = WordSequence.Compare(line, line + " tail");
        Assert.Null(comparison.MissingWord);
        Assert.Equal(2_000_000, comparison.OutputWords);
        Assert.Equal(2_000_001, comparison.InputWords);
    }

    [Fact]
    public void AWordInsideALongWordOrAfterALongRunOfMarksIsSearchedInOnePass()
    {
        // The output's words stand inside a word of the input at every place: each place is turned away at a cost
        // that does not grow with the run (a mark's word is decided by the character before it, not by walking back
        // over the whole run), or the search would take hours.
        var marks = "a" + new string('\u0301', 300_000);
        var comparison = WordSequence.Compare("\u0301 a", marks + " \u0301 a " + marks);
        Assert.Null(comparison.MissingWord);
        Assert.Equal(4, comparison.InputWords);

        var letters = new string('a', 300_000);
        Assert.Equal("aa", WordSequence.Compare("aa", letters).MissingWord);
    }

    /// <summary>
    /// Texts cut from the same random text (runs kept alike, words removed or changed between them, as a fix does)
    /// compare as a word by word greedy search over their words says: the guard moves over a stretch both texts share
    /// without matching its words one by one, searches the input's text for each other word, and counts the words
    /// apart, and must count and match them all the same.
    /// </summary>
    [Fact]
    public void CountsAndMatchesAsTheWordByWordSearch()
    {
        // Letters, a digit, a letter beyond ASCII, a combining mark, a character written without spaces, separators, a
        // symbol and a letter beyond the BMP (surrogate pairs, split where a cut falls between their halves): every way a
        // word starts or ends.
        string[] pieces = ["a", "b", "Z", "7", "é", "\u0301", "中", " ", " ", "\n", ".", "—", "\U0001F600", "\U0001D400"];
        AssertLikeWordByWord(pieces, maxPieces: 60, trials: 3000, seed: 20261206);
    }

    /// <summary>
    /// The same over longer texts, whose words are also long (past the longest word searched for in the text, so
    /// looked for word by word), repeat inside one another (`ab` in `aab`, found where no word starts) and stand
    /// among runs of ASCII long enough to be counted sixteen characters at a time, with DEL and a noncharacter.
    /// </summary>
    [Fact]
    public void CountsAndMatchesAsTheWordByWordSearchOverLongTexts()
    {
        string[] pieces =
        [
            "a", "ab", "aab", "b", "7", "é", "\u0301", "中", " ", " ", " ", "\n", ".", "\u007F", "\uFFFF",
            "\U0001D400", new string('a', 33), "abcdefghijklmnopqrstuvwxyz0123456789", "the words of a sentence ",
        ];
        AssertLikeWordByWord(pieces, maxPieces: 300, trials: 1500, seed: 20261207);
    }

    private static void AssertLikeWordByWord(string[] pieces, int maxPieces, int trials, int seed)
    {
        var random = new Random(seed);
        for (int trial = 0; trial < trials; trial++)
        {
            var input = string.Concat(Enumerable.Range(0, random.Next(0, maxPieces)).Select(_ => pieces[random.Next(pieces.Length)]));
            var output = new System.Text.StringBuilder();
            for (int at = 0; at < input.Length;)
            {
                int run = Math.Min(input.Length - at, random.Next(1, 20));
                switch (random.Next(6))
                {
                    case 0:
                        break; // removed
                    case 1:
                        output.Append(pieces[random.Next(pieces.Length)]); // changed
                        break;
                    default:
                        output.Append(input, at, run); // kept
                        break;
                }

                at += run;
            }

            var actual = WordSequence.Compare(output.ToString(), input);
            Assert.Equal(WordByWord(output.ToString(), input), actual);
        }
    }

    // The words of the alphabet above as WordSequence cuts them, and the greedy search for each in turn.
    private static WordSequence.Comparison WordByWord(string output, string input)
    {
        var wanted = Words(output);
        var available = Words(input);
        int next = 0;
        for (int i = 0; i < wanted.Count; i++)
        {
            while (next < available.Count && available[next].Text != wanted[i].Text)
            {
                next++;
            }

            if (next == available.Count)
            {
                return new WordSequence.Comparison(i + 1, available.Count, wanted[i].Text, wanted[i].Start);
            }

            next++;
        }

        return new WordSequence.Comparison(wanted.Count, available.Count, null, -1);
    }

    private static List<(string Text, int Start)> Words(string text)
    {
        // The kind of the character at i and its length (a lone surrogate is one character of no word; the halves of
        // the two pairs may join into other pairs, all letters or symbols outside the scripts written without spaces).
        static (char Kind, int Length) Kind(string text, int i)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                return (System.Text.Rune.IsLetterOrDigit(new System.Text.Rune(text[i], text[i + 1])) ? 's' : 'o', 2);
            }

            return (text[i] switch
            {
                '\u0301' => 'm',
                '中' => 'u',
                'é' => 's',
                _ when char.IsAsciiLetterOrDigit(text[i]) => 's',
                _ => 'o',
            }, 1);
        }

        var words = new List<(string, int)>();
        for (int i = 0; i < text.Length;)
        {
            var (first, length) = Kind(text, i);
            if (first == 'o')
            {
                i += length;
                continue;
            }

            int start = i;
            i += length;
            while (i < text.Length && Kind(text, i) is var (kind, next) && (kind == 'm' || (first == 's' && kind == 's')))
            {
                i += next;
            }

            words.Add((text[start..i], start));
        }

        return words;
    }
}
