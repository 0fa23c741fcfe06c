using CorpusLint.Syntax;

namespace CorpusLint.Core.Tests.Syntax;

public class LineFeaturesTests
{
    [Fact]
    public void TheAsciiFastPathClassifiesLikeTheUnicodeTables()
    {
        for (char c = '\u0001'; c < 0x180; c++)
        {
            var inside = LineFeatures.Of($"x{c}y");
            Assert.True((char.IsWhiteSpace(c) ? 2 : 1) == inside.WordCount, $"words for U+{(int)c:X4}");
            Assert.True((char.IsLetter(c) ? 3 : 2) == inside.LetterCount, $"letters for U+{(int)c:X4}");

            var leading = LineFeatures.Of($"y {c}z");
            Assert.True((char.IsUpper(c) ? 1 : 0) == leading.UppercaseInitialWords, $"capitals for U+{(int)c:X4}");
        }
    }

    /// <summary>
    /// Random lines, ASCII and not, short and long enough for blocks of eight: the counts are those of a plain scan
    /// with the Unicode tables, whichever way each character was counted.
    /// </summary>
    [Fact]
    public void TheCountsAreThoseOfAScanOneCharacterAtATime()
    {
        var random = new Random(20261203);
        const string Alphabet = "aZ9 \t\v.-'AbcDEFghij kLMn  \u00E9\u00C9\u00A0\u2003\u00DF\u2019\u0130";
        for (int n = 0; n < 3000; n++)
        {
            int asciiOnly = random.Next(2);
            var text = new string(Enumerable.Range(0, random.Next(1, 70))
                .Select(_ => Alphabet[random.Next(asciiOnly == 1 ? 26 : Alphabet.Length)]).ToArray());
            var trimmed = text.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            int words = 0, letters = 0, capitals = 0;
            bool inWord = false;
            foreach (char c in trimmed)
            {
                bool wordChar = !char.IsWhiteSpace(c);
                words += wordChar && !inWord ? 1 : 0;
                capitals += wordChar && !inWord && char.IsUpper(c) ? 1 : 0;
                letters += char.IsLetter(c) ? 1 : 0;
                inWord = wordChar;
            }

            var features = LineFeatures.Of(text);
            Assert.True((words, letters, capitals) == (features.WordCount, features.LetterCount, features.UppercaseInitialWords), $"'{text}'");
        }
    }
}
