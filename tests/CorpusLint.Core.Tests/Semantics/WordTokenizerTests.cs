using CorpusLint.Semantics;

namespace CorpusLint.Core.Tests.Semantics;

public class WordTokenizerTests
{
    [Theory]
    [InlineData("Don't stop: O’Brien's 3rd goal", new[] { "don't", "stop", "o’brien's", "3rd", "goal" })]
    [InlineData("'quoted' words' end", new[] { "quoted", "words", "end" })]
    [InlineData("U.S. e-mail — ÉCOLE naïve", new[] { "u", "s", "e", "mail", "école", "naïve" })]
    [InlineData("  ", new string[0])]
    public void WordsAreRunsOfLettersAndDigitsWithInnerApostrophes(string text, string[] expected) =>
        Assert.Equal(expected, WordTokenizer.Words(text));

    [Theory]
    [InlineData("Don't stop: O’Brien's 3rd goal")]
    [InlineData("'quoted' words'' end'")]
    [InlineData("Ünïcödé ΚΕΙΜΕΝΟ текст 中文 x")]
    public void TheEnumeratorCutsAsWordsDoes(string text)
    {
        var sliced = new List<string>();
        Span<char> buffer = stackalloc char[WordTokenizer.MaxStackWord];
        foreach (var word in WordTokenizer.Enumerate(text))
        {
            sliced.Add(WordTokenizer.ToLower(word, buffer).ToString());
        }

        Assert.Equal(WordTokenizer.Words(text), sliced);
        Assert.Equal(sliced.Count, WordTokenizer.Count(text));
    }

    /// <summary>Random texts of letters, digits, apostrophes, punctuation and letters beyond ASCII: cut as a plain scan cuts them.</summary>
    [Fact]
    public void TheEnumeratorCutsLikeAScanOneCharacterAtATime()
    {
        var random = new Random(20261203);
        const string Alphabet = "ab9Z '’.-_\t\u00E9\u00DF\u4E2D\u0301xyzWORD12";
        for (int n = 0; n < 3000; n++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 60)).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray());
            var expected = new List<string>();
            for (int i = 0; i < text.Length;)
            {
                if (!char.IsLetterOrDigit(text[i]))
                {
                    i++;
                    continue;
                }

                int start = i;
                while (++i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] is '\'' or '’' && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
                {
                }

                expected.Add(text[start..i]);
            }

            var cut = new List<string>();
            foreach (var word in WordTokenizer.Enumerate(text))
            {
                cut.Add(word.ToString());
            }

            Assert.True(expected.SequenceEqual(cut), $"'{text}'");
        }
    }

    [Fact]
    public void AWordLongerThanTheStackBufferIsLowercasedToo()
    {
        var word = new string('A', WordTokenizer.MaxStackWord + 10);
        Assert.Equal(word.ToLowerInvariant(), WordTokenizer.ToLower(word, stackalloc char[WordTokenizer.MaxStackWord]).ToString());
    }

    /// <summary>Every ASCII character, alone and after others, and words that leave ASCII part way: lowercased as .NET does.</summary>
    [Theory]
    [InlineData("ÇA")]
    [InlineData("ABÇD")]
    [InlineData("İSTANBUL")]
    [InlineData("Straße")]
    [InlineData("\u212Aelvin")]
    [InlineData("ΣΟΦΙΑ")]
    public void ALowercasedWordIsWhatTheInvariantCultureMakesOfIt(string word)
    {
        Span<char> buffer = stackalloc char[WordTokenizer.MaxStackWord];
        foreach (var text in Enumerable.Range(0, 128).Select(c => (char)c + "Az" + (char)c).Append(word).Append("Mc" + word))
        {
            Assert.Equal(text.ToLowerInvariant(), WordTokenizer.ToLower(text, buffer).ToString());
        }
    }

    /// <summary>ASCII is classified by a bit mask: every ASCII character must be a word, or not, as .NET says.</summary>
    [Fact]
    public void EveryAsciiLetterAndDigitIsAWordAndNothingElseIs()
    {
        for (char c = '\0'; c < 128; c++)
        {
            string[] expected = char.IsAsciiLetterOrDigit(c) ? [char.ToLowerInvariant(c).ToString()] : [];
            Assert.Equal(expected, WordTokenizer.Words($" {c} "));
        }
    }

    /// <summary>
    /// The comparison key is the lowercased words joined by single spaces, however it is built: over random texts of
    /// words, apostrophes, punctuation, letters outside ASCII (the Turkish dotted I, the Kelvin sign, Greek) and
    /// lengths past the stack buffer.
    /// </summary>
    [Fact]
    public void TheComparisonKeyIsTheLowercasedWordsJoinedBySpaces()
    {
        string[] pieces = ["Share", "THIS", "don't", "'", " ", "  ", "—", ".", "\u0130stanbul", "\u212Aelvin", "\u0391\u0392", "caf\u00C9", "x1", "\n", new string('A', 300)];
        var random = new Random(20261207);
        for (int sample = 0; sample < 2000; sample++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 30)).Select(_ => pieces[random.Next(pieces.Length)]));
            Assert.Equal(string.Join(' ', WordTokenizer.Words(text)), WordTokenizer.ComparisonKey(text));
        }
    }
}
