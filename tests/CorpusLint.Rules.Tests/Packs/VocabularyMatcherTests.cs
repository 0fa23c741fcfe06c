using CorpusLint.Rules.Packs;
using CorpusLint.Syntax;
using CorpusLint.Text;

namespace CorpusLint.Rules.Tests.Packs;

public class VocabularyMatcherTests
{
    /// <summary>
    /// The cover is measured against the letters the parser counted for the line, so that count must be the one
    /// the matcher counts in the terms' matches: every letter of the line, ASCII or not, and nothing else.
    /// </summary>
    [Fact]
    public void TheParsersLetterCountIsTheMatchersOnAnyLine()
    {
        var random = new Random(20261207);
        const string Alphabet = "aZk19 \t.,-|»éßЖ中€‘\u00A0\u200B\u212A\u017Fǅ\uD83D\uDE00";
        for (int t = 0; t < 2000; t++)
        {
            var text = new string(Enumerable.Range(0, random.Next(1, 60)).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray());
            var lines = ArticleParser.Parse(SourceText.From(text.Replace('\n', ' ').Replace('\r', ' '))).Lines;
            foreach (var line in lines.Where(l => !l.IsBlank))
            {
                Assert.Equal(VocabularyMatcher.CountLetters(line.Text), line.Features.LetterCount);
            }
        }
    }
}
