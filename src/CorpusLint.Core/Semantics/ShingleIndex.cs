using CorpusLint.Syntax;

namespace CorpusLint.Semantics;

/// <summary>
/// Every run of <see cref="Size"/> consecutive words (a shingle) of every line, by hash, with the lines it
/// occurs in. A sentence occurs in a line, whatever quote marks or attribution surround it there, when all
/// its shingles do: that is how a pull quote or a caption stitched from body sentences is recognised.
/// Words are hashed straight from the text (lowercase letters and digits, as <see cref="WordTokenizer"/> cuts
/// them) and most shingles occur once, so the index stores one line number per shingle and a list only for
/// the few that repeat.
/// </summary>
public sealed class ShingleIndex
{
    public const int Size = 5;

    // Value >= 0: the one line holding the shingle; value < 0: ~index into _shared.
    private readonly Dictionary<long, int> _lines;
    private readonly List<List<int>> _shared;

    private ShingleIndex(Dictionary<long, int> lines, List<List<int>> shared)
    {
        _lines = lines;
        _shared = shared;
    }

    public static ShingleIndex Build(ArticleTree tree)
    {
        var lines = new Dictionary<long, int>();
        var shared = new List<List<int>>();
        var hashes = new List<long>();
        foreach (var line in tree.Lines)
        {
            if (line.IsBlank || line.Features.WordCount < Size)
            {
                continue;
            }

            hashes.Clear();
            WordHashes(line.Text, hashes);
            for (int i = 0; i + Size <= hashes.Count; i++)
            {
                long shingle = Shingle(hashes, i);
                if (!lines.TryGetValue(shingle, out int value))
                {
                    lines[shingle] = line.Index;
                }
                else if (value >= 0 && value != line.Index)
                {
                    shared.Add([value, line.Index]);
                    lines[shingle] = ~(shared.Count - 1);
                }
                else if (value < 0 && shared[~value][^1] != line.Index)
                {
                    shared[~value].Add(line.Index);
                }
            }
        }

        return new ShingleIndex(lines, shared);
    }

    /// <summary>The lines (ascending) that hold every shingle of this text; empty for fewer than <see cref="Size"/> words.</summary>
    public IReadOnlyList<int> LinesContaining(ReadOnlySpan<char> text)
    {
        var hashes = new List<long>();
        WordHashes(text, hashes);
        IReadOnlyList<int>? result = null;
        for (int i = 0; i + Size <= hashes.Count && (result is null || result.Count > 0); i++)
        {
            var lines = LinesWith(Shingle(hashes, i));
            result = result is null ? lines : result.Intersect(lines).ToList();
        }

        return result ?? [];
    }

    /// <summary>Whether the text's first shingle stands in more than one line: a cheap test before the full lookup.</summary>
    public bool FirstShingleRepeats(ReadOnlySpan<char> text)
    {
        var hashes = new List<long>(Size);
        WordHashes(text, hashes, Size);
        return hashes.Count == Size && _lines.TryGetValue(Shingle(hashes, 0), out int value) && value < 0;
    }

    /// <summary>How many words <see cref="WordTokenizer.Words(ReadOnlySpan{char}, bool)"/> would cut the text into.</summary>
    public static int WordCount(ReadOnlySpan<char> text)
    {
        var hashes = new List<long>();
        WordHashes(text, hashes);
        return hashes.Count;
    }

    private IReadOnlyList<int> LinesWith(long shingle) =>
        !_lines.TryGetValue(shingle, out int value) ? [] : value >= 0 ? [value] : _shared[~value];

    private static long Shingle(List<long> hashes, int start)
    {
        long hash = 17;
        for (int j = start; j < start + Size; j++)
        {
            hash = (hash * 1_000_003) ^ hashes[j];
        }

        return hash;
    }

    // The same cut as WordTokenizer.Words: runs of letters and digits, with apostrophes inside a word.
    // A stable hash (not string.GetHashCode, which is randomised per process) keeps runs reproducible.
    private static void WordHashes(ReadOnlySpan<char> text, List<long> into, int max = int.MaxValue)
    {
        long hash = 0;
        bool inWord = false;
        for (int i = 0; i <= text.Length && into.Count < max; i++)
        {
            bool wordChar = i < text.Length && (char.IsLetterOrDigit(text[i])
                || (text[i] is '\'' or '’' && inWord && i + 1 < text.Length && char.IsLetter(text[i + 1])));
            if (wordChar)
            {
                hash = inWord ? (31 * hash) + char.ToLowerInvariant(text[i]) : 1125899906842597L * 31 + char.ToLowerInvariant(text[i]);
                inWord = true;
            }
            else if (inWord)
            {
                into.Add(hash);
                inWord = false;
            }
        }
    }
}
