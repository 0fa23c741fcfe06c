using System.Runtime.InteropServices;
using CorpusLint.Syntax;

namespace CorpusLint.Semantics;

/// <summary>
/// Every run of <see cref="Size"/> consecutive words (a shingle) of every line, by hash, with the lines it
/// occurs in. A sentence occurs in a line, whatever quote marks or attribution surround it there, when all
/// its shingles do: that is how a pull quote or a caption stitched from body sentences is recognised.
/// Words are compared by their <see cref="WordKeys"/> (lowercased, as <see cref="WordTokenizer"/> cuts them; a
/// line's come from <see cref="LineWordKeys"/>) and most shingles occur once, so the index stores one line number
/// per shingle and a list only for the few that repeat.
/// </summary>
public sealed class ShingleIndex
{
    public const int Size = 5;

    // Value > 0: the one line holding the shingle, plus one; value < 0: ~index into _shared; 0: no line holds it.
    private readonly KeyTable _lines;
    private readonly List<List<int>> _shared;
    private readonly LineWordKeys _words;

    private ShingleIndex(KeyTable lines, List<List<int>> shared, LineWordKeys words)
    {
        _lines = lines;
        _shared = shared;
        _words = words;
    }

    public static ShingleIndex Build(ArticleTree tree, LineWordKeys words)
    {
        // Sized up front from the lines' word counts: growing the table shingle by shingle was most of its cost.
        int expected = 0;
        foreach (var line in tree.Lines)
        {
            expected += line.IsBlank ? 0 : Math.Max(0, line.Features.WordCount - Size + 1);
        }

        var lines = new KeyTable(expected);
        var shared = new List<List<int>>();
        foreach (var line in tree.Lines)
        {
            if (line.IsBlank || line.Features.WordCount < Size)
            {
                continue;
            }

            var keys = words.KeysOf(line);
            for (int i = 0; i + Size <= keys.Length; i++)
            {
                // One lookup per shingle: the entry is read and written in place.
                ref int value = ref lines.Slot(Shingle(keys.Slice(i, Size)));
                if (value == 0)
                {
                    value = line.Index + 1;
                }
                else if (value > 0 && value - 1 != line.Index)
                {
                    shared.Add([value - 1, line.Index]);
                    value = ~(shared.Count - 1);
                }
                else if (value < 0 && shared[~value][^1] != line.Index)
                {
                    shared[~value].Add(line.Index);
                }
            }
        }

        return new ShingleIndex(lines, shared, words);
    }

    /// <summary>The lines (ascending) that hold every shingle of this text; empty for fewer than <see cref="Size"/> words.</summary>
    public IReadOnlyList<int> LinesContaining(ReadOnlySpan<char> text)
    {
        var keys = new List<long>();
        WordKeys.AppendTo(text, keys);
        IReadOnlyList<int>? result = null;
        for (int i = 0; i + Size <= keys.Count && (result is null || result.Count > 0); i++)
        {
            var lines = LinesWith(Shingle(CollectionsMarshal.AsSpan(keys).Slice(i, Size)));
            result = result is null ? lines : IntersectAscending(result, lines);
        }

        return result ?? [];
    }

    // Both lists are ascending without repeats (lines are indexed in order), so they are merged; Enumerable.Intersect
    // built a hash set for every shingle of every sentence looked up. Once a sentence is narrowed to its lines, the
    // next shingles mostly keep them all: then the list is returned as it is, and a copy is made only from the
    // first line the shingle drops.
    private static IReadOnlyList<int> IntersectAscending(IReadOnlyList<int> kept, IReadOnlyList<int> lines)
    {
        List<int>? both = null;
        for (int i = 0, j = 0; i < kept.Count; i++)
        {
            while (j < lines.Count && lines[j] < kept[i])
            {
                j++;
            }

            bool found = j < lines.Count && lines[j] == kept[i];
            if (!found && both is null)
            {
                both = [.. kept.Take(i)];
            }
            else if (found)
            {
                both?.Add(kept[i]);
            }
        }

        return both ?? kept;
    }

    /// <summary>Whether the line's first shingle stands in another line too: a cheap test before the full lookup.</summary>
    /// <remarks>Asked of every prose line: read from the keys the index was built from, not cut and hashed again.</remarks>
    public bool FirstShingleRepeats(ArticleLine line)
    {
        var keys = _words.KeysOf(line);
        return keys.Length >= Size && _lines[Shingle(keys[..Size])] < 0;
    }

    private IReadOnlyList<int> LinesWith(long shingle) => _lines[shingle] switch
    {
        0 => [],
        > 0 and int value => [value - 1],
        int value => _shared[~value],
    };

    private static long Shingle(ReadOnlySpan<long> words)
    {
        long hash = 17;
        foreach (long word in words)
        {
            hash = (hash * 1_000_003) ^ word;
        }

        return hash;
    }
}
