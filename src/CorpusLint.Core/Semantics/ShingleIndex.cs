using CorpusLint.Syntax;

namespace CorpusLint.Semantics;

/// <summary>
/// Every run of <see cref="Size"/> consecutive words (a shingle) of every line, by hash, with the lines it
/// occurs in. A sentence occurs in a line, whatever quote marks or attribution surround it there, when all
/// its shingles do: that is how a pull quote or a caption stitched from body sentences is recognised.
/// </summary>
public sealed class ShingleIndex
{
    public const int Size = 5;

    private readonly Dictionary<long, List<int>> _lines;

    private ShingleIndex(Dictionary<long, List<int>> lines) => _lines = lines;

    public static ShingleIndex Build(ArticleTree tree)
    {
        var lines = new Dictionary<long, List<int>>();
        foreach (var line in tree.Lines)
        {
            if (line.IsBlank || line.Features.WordCount < Size)
            {
                continue;
            }

            foreach (long shingle in Shingles(WordTokenizer.Words(line.Text)))
            {
                if (!lines.TryGetValue(shingle, out var list))
                {
                    lines[shingle] = list = [];
                }

                if (list.Count == 0 || list[^1] != line.Index)
                {
                    list.Add(line.Index);
                }
            }
        }

        return new ShingleIndex(lines);
    }

    /// <summary>The lines (ascending) that hold every shingle of these lowercase words; empty for fewer than <see cref="Size"/> words.</summary>
    public IReadOnlyList<int> LinesContaining(IReadOnlyList<string> words)
    {
        IEnumerable<int>? result = null;
        foreach (long shingle in Shingles(words))
        {
            if (!_lines.TryGetValue(shingle, out var list))
            {
                return [];
            }

            result = result is null ? list : result.Intersect(list);
        }

        return result?.ToList() ?? [];
    }

    public static IEnumerable<long> Shingles(IReadOnlyList<string> words)
    {
        for (int i = 0; i + Size <= words.Count; i++)
        {
            long hash = 17;
            for (int j = i; j < i + Size; j++)
            {
                hash = (hash * 1_000_003) ^ StableHash(words[j]);
            }

            yield return hash;
        }
    }

    // string.GetHashCode is randomised per process; a stable hash keeps results reproducible run to run.
    private static long StableHash(string word)
    {
        long hash = 1125899906842597L;
        foreach (char c in word)
        {
            hash = (31 * hash) + c;
        }

        return hash;
    }
}
