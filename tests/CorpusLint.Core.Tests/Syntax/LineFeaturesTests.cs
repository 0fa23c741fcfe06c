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
}
