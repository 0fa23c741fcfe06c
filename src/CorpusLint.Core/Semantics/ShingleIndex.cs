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
/// <remarks>
/// Most articles repeat no line's first shingle, and then no sentence is looked up: the index first answers
/// <see cref="FirstShingleRepeats"/> from a table of the lines' first shingles alone, which every shingle is
/// looked up in, and builds the table of every shingle only when a sentence is first looked up. Building that
/// table for every article was two thirds of the index's cost (callgrind: 5 % of a check).
/// </remarks>
public sealed class ShingleIndex
{
    public const int Size = 5;

    // Per line's first shingle: 1 while no indexed line holds it, line + 2 while one does, -1 once two do.
    private readonly KeyTable _firstShingles;
    private readonly ArticleTree _tree;
    private readonly LineWordKeys _words;
    private AllShingles? _all;

    private ShingleIndex(KeyTable firstShingles, ArticleTree tree, LineWordKeys words)
    {
        _firstShingles = firstShingles;
        _tree = tree;
        _words = words;
    }

    public static ShingleIndex Build(ArticleTree tree, LineWordKeys words)
    {
        int asked = 0;
        foreach (var line in tree.Lines)
        {
            asked += line.IsBlank ? 0 : 1;
        }

        var firstShingles = new KeyTable(asked);
        var firstPairs = new PairFilter(asked);
        foreach (var line in tree.Lines)
        {
            var keys = words.KeysOf(line);
            if (!line.IsBlank && keys.Length >= Size)
            {
                ref int value = ref firstShingles.Slot(Shingle(keys[..Size]));
                value = value == 0 ? 1 : value;
                firstPairs.Add(keys[0], keys[1]);
            }
        }

        foreach (var line in tree.Lines)
        {
            if (!IsIndexed(line))
            {
                continue;
            }

            var keys = words.KeysOf(line);
            for (int i = 0; i + Size <= keys.Length; i++)
            {
                if (!firstPairs.MayHold(keys[i], keys[i + 1]))
                {
                    continue;
                }

                long shingle = Shingle(keys.Slice(i, Size));
                int value = firstShingles[shingle];
                if (value == 1 || (value > 1 && value - 2 != line.Index))
                {
                    firstShingles.Slot(shingle) = value == 1 ? line.Index + 2 : -1;
                }
            }
        }

        return new ShingleIndex(firstShingles, tree, words);
    }

    // The lines whose shingles are indexed: a line of fewer whitespace words than a shingle is looked up, not indexed.
    private static bool IsIndexed(ArticleLine line) => !line.IsBlank && line.Features.WordCount >= Size;

    /// <summary>The lines (ascending) that hold every shingle of this text; empty for fewer than <see cref="Size"/> words.</summary>
    public IReadOnlyList<int> LinesContaining(ReadOnlySpan<char> text)
    {
        var keys = new List<long>();
        WordKeys.AppendTo(text, keys);
        IReadOnlyList<int>? result = null;
        for (int i = 0; i + Size <= keys.Count && (result is null || result.Count > 0); i++)
        {
            var lines = All.LinesWith(Shingle(CollectionsMarshal.AsSpan(keys).Slice(i, Size)));
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

    /// <summary>
    /// Whether the line's first shingle stands in two indexed lines (for an indexed line: in another line too), a cheap
    /// test before the full lookup.
    /// </summary>
    /// <remarks>Asked of every prose line: read from the keys the index was built from, not cut and hashed again.</remarks>
    public bool FirstShingleRepeats(ArticleLine line)
    {
        var keys = _words.KeysOf(line);
        return keys.Length >= Size && _firstShingles[Shingle(keys[..Size])] < 0;
    }

    private static long Shingle(ReadOnlySpan<long> words)
    {
        long hash = 17;
        foreach (long word in words)
        {
            hash = (hash * 1_000_003) ^ word;
        }

        return hash;
    }

    private AllShingles All => _all ??= AllShingles.Of(_tree, _words);

    /// <summary>
    /// A bit per hash of the first two words of the lines' first shingles: a shingle whose two first words have no bit
    /// set begins no line, and is neither hashed nor looked up (most of an article's shingles, since few begin with
    /// the two words a line begins with).
    /// </summary>
    private readonly struct PairFilter
    {
        private readonly ulong[] _bits;
        private readonly int _shift;

        // About sixteen bits per pair, so that a pair no line begins with finds its bit clear nineteen times in twenty.
        public PairFilter(int pairs)
        {
            int bits = 1024;
            while (bits < 16 * pairs)
            {
                bits <<= 1;
            }

            _bits = new ulong[bits / 64];
            _shift = 64 - int.Log2(bits);
        }

        public void Add(long first, long second)
        {
            int bit = Bit(first, second);
            _bits[bit >> 6] |= 1UL << bit;
        }

        public bool MayHold(long first, long second)
        {
            int bit = Bit(first, second);
            return (_bits[bit >> 6] & (1UL << bit)) != 0;
        }

        private int Bit(long first, long second) =>
            (int)((((ulong)first * 0x9E3779B97F4A7C15UL) ^ (ulong)second) * 0x9E3779B97F4A7C15UL >> _shift);
    }

    /// <summary>Every shingle of the indexed lines, with the lines that hold it.</summary>
    private sealed class AllShingles
    {
        // Value > 0: the one line holding the shingle, plus one; value < 0: ~index into _shared; 0: no line holds it.
        private readonly KeyTable _lines;
        private readonly List<List<int>> _shared;

        private AllShingles(KeyTable lines, List<List<int>> shared)
        {
            _lines = lines;
            _shared = shared;
        }

        public static AllShingles Of(ArticleTree tree, LineWordKeys words)
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
                if (!IsIndexed(line))
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

            return new AllShingles(lines, shared);
        }

        public IReadOnlyList<int> LinesWith(long shingle) => _lines[shingle] switch
        {
            0 => [],
            > 0 and int value => [value - 1],
            int value => _shared[~value],
        };
    }
}
