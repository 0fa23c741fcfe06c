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
