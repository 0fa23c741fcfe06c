using CorpusLint.Semantics;
using CorpusLint.Syntax;
using CorpusLint.Text;

namespace CorpusLint.Core.Tests.Semantics;

public class ShingleIndexTests
{
    // The index answers the first-shingle question from a table of first shingles and builds the table of every
    // shingle only for a lookup: its answer must be the definition's (two indexed lines hold the shingle: for an
    // indexed line, the line and another), word keys compared one by one, whatever the order of the questions. Words from a small vocabulary make repeats common; `a/b/c/d/e` is one whitespace word
    // but five tokens, so it is asked about but not indexed, and a line of dashes has words but no tokens.
    [Fact]
    public void TheFirstShingleRepeatsExactlyWhenTwoIndexedLinesHoldIt()
    {
        string[] words = ["the", "cat", "sat", "on", "mat", "The", "“cat”", "a/b/c/d/e", "—", "said", "today."];
        var random = new Random(20261207);
        int repeats = 0, lines = 0;
        for (int sample = 0; sample < 400; sample++)
        {
            var text = string.Join("\n", Enumerable.Range(0, random.Next(1, 14)).Select(_ =>
                random.Next(6) == 0 ? "" : string.Join(' ', Enumerable.Range(0, random.Next(1, 12)).Select(_ => words[random.Next(words.Length)]))));
            var tree = ArticleParser.Parse(SourceText.From(text));
            var keys = LineWordKeys.Of(tree);
            var index = ShingleIndex.Build(tree, keys);
            if (sample % 2 == 0)
            {
                // Half the samples look a sentence up first, so the table of every shingle exists before the questions.
                _ = index.LinesContaining("the cat sat on the mat");
            }

            foreach (var line in tree.Lines)
            {
                var first = keys.KeysOf(line).ToArray();
                bool expected = !line.IsBlank && first.Length >= ShingleIndex.Size && tree.Lines.Count(other =>
                    !other.IsBlank && other.Features.WordCount >= ShingleIndex.Size && Holds(keys.KeysOf(other), first.AsSpan(0, ShingleIndex.Size))) >= 2;
                Assert.True(expected == (!line.IsBlank && index.FirstShingleRepeats(line)), $"line {line.Index} of:\n{text}");
                repeats += expected ? 1 : 0;
                lines++;
            }
        }

        Assert.InRange(repeats, lines / 20, lines - lines / 20);
    }

    private static bool Holds(ReadOnlySpan<long> keys, ReadOnlySpan<long> shingle)
    {
        for (int i = 0; i + shingle.Length <= keys.Length; i++)
        {
            if (keys.Slice(i, shingle.Length).SequenceEqual(shingle))
            {
                return true;
            }
        }

        return false;
    }
}
