using CorpusLint.Semantics;
using CorpusLint.Testing;

namespace CorpusLint.Core.Tests.Semantics;

public class StopwordsTests
{
    [Theory]
    [InlineData("The minister said that it was over.", 7, 6)]
    [InlineData("THEMSELVES yourSelves ourselves", 3, 3)]
    [InlineData("it's O'Brien's café, naïve", 4, 0)]
    [InlineData("themselvesx thee th 2024 £3.5m", 4, 0)]
    [InlineData("", 0, 0)]
    public void CountsLetterWordsAndTheFunctionWordsAmongThem(string text, int letterWords, int stopwords)
    {
        int words = 0, functionWords = 0;
        Stopwords.CountInLetterWords(text, ref words, ref functionWords);
        Assert.Equal((letterWords, stopwords), (words, functionWords));
    }

    /// <summary>
    /// The count by numbers must give what looking every letter word up in the set of strings (ordinal, ignoring
    /// case) gives, for any text: letters outside ASCII that fold to an ASCII one, words one letter longer or
    /// shorter than a function word, random scraped-looking text.
    /// </summary>
    [Fact]
    public void CountsAsLookingEveryWordUpInTheSetDoes()
    {
        var texts = new List<string> { "\u017Fo \u017Fhe \u0131n \u0130N our\u017Felves \u212Aw", string.Join(' ', Stopwords.English) };
        texts.Add(string.Join(' ', Stopwords.English.Select(w => w.ToUpperInvariant() + "s " + w[..^1] + " " + w + "'")));
        for (int seed = 0; seed < 200; seed++)
        {
            texts.Add(new ArticleGenerator(seed).NextText());
        }

        foreach (var text in texts)
        {
            int words = 0, functionWords = 0;
            Stopwords.CountInLetterWords(text, ref words, ref functionWords);
            Assert.Equal(CountBySet(text), (words, functionWords));
        }
    }

    [Fact]
    public void AnswersForAWordAsTheSetDoes()
    {
        var words = new List<string> { "", "\u017Fo", "\u017Fhe", "\u0131n", "\u0130N", "our\u017Felves", "\u212Aw", "it's", "the1", "thé" };
        foreach (var word in Stopwords.English)
        {
            words.AddRange([word, word.ToUpperInvariant(), word + "s", word[..^1], word + "'"]);
        }

        for (int seed = 0; seed < 50; seed++)
        {
            words.AddRange(WordTokenizer.Words(new ArticleGenerator(seed).NextText(), lowercase: false));
        }

        foreach (var word in words)
        {
            Assert.True(Stopwords.English.Contains(word) == Stopwords.Contains(word), $"'{word}'");
        }
    }

    /// <summary>
    /// Counting a block's lines until the share of function words is certain answers as counting them all does, at
    /// any share: on generated articles cut into blocks of up to four lines, and on lines dense in words (one letter
    /// between spaces), where the bound on the words still to come is tightest.
    /// </summary>
    [Fact]
    public void AShareCertainBeforeTheEndIsTheShareOfTheWholeText()
    {
        var random = new Random(20261207);
        var blocks = new List<string[]>();
        for (int seed = 0; seed < 100; seed++)
        {
            var lines = new ArticleGenerator(seed).NextText().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            for (int i = 0; i < lines.Length;)
            {
                int take = random.Next(1, 5);
                blocks.Add(lines[i..Math.Min(lines.Length, i + take)]);
                i += take;
            }
        }

        blocks.Add([string.Join(' ', Enumerable.Range(0, 40).Select(n => n % 3 == 0 ? "a" : "x")), "i a x b"]);
        blocks.Add(["the of and to " + new string('x', 30), string.Join(' ', Enumerable.Repeat("q", 30))]);
        blocks.Add(["the of and to a in is it" + string.Concat(Enumerable.Repeat(" x", 12))]);
        int stopped = 0;
        foreach (var share in new[] { 0.1, 0.2, 0.3, 1.0 / 3, 0.45 })
        {
            foreach (var block in blocks)
            {
                int allWords = 0, allStopwords = 0;
                foreach (var line in block)
                {
                    Stopwords.CountInLetterWords(line, ref allWords, ref allStopwords);
                }

                bool expected = (allWords == 0 ? 0 : (double)allStopwords / allWords) >= share;
                int laterMaxWords = block.Skip(1).Sum(Stopwords.MaxLetterWords);
                int words = 0, stopwords = 0;
                bool? answer = null;
                for (int i = 0; i < block.Length && answer is null; i++)
                {
                    if (Stopwords.CountInLetterWords(block[i], ref words, ref stopwords, share, laterMaxWords))
                    {
                        answer = true;
                        stopped++;
                    }

                    laterMaxWords -= i + 1 < block.Length ? Stopwords.MaxLetterWords(block[i + 1]) : 0;
                }

                Assert.True((answer ?? (words == 0 ? 0 : (double)stopwords / words) >= share) == expected, $"{string.Join(" / ", block)} at {share}");
                Assert.True(answer is not null || (words, stopwords) == (allWords, allStopwords));
            }
        }

        Assert.True(stopped > blocks.Count, $"only {stopped} counts stopped early");
    }

    // The plain way: cut the letter words, look each up as text.
    private static (int LetterWords, int Stopwords) CountBySet(string text)
    {
        static bool IsWordChar(char c) => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '\u00C0' and <= '\u024F') or '\'';
        int words = 0, stopwords = 0;
        for (int i = 0; i < text.Length;)
        {
            int start = i;
            while (i < text.Length && IsWordChar(text[i]))
            {
                i++;
            }

            if (i > start)
            {
                words++;
                stopwords += Stopwords.English.Contains(text[start..i]) ? 1 : 0;
            }
            else
            {
                i++;
            }
        }

        return (words, stopwords);
    }
}
