using CorpusLint.Syntax;

namespace CorpusLint.Semantics;

/// <summary>
/// The <see cref="WordKeys"/> of every line of an article, in one array, cut and hashed in one pass over the lines.
/// The shingle index reads every line's keys and the body vocabulary the body's: each used to cut and lowercase the
/// same lines again (a seventh of a check's instructions went to the tokenizer), and the vocabulary kept a string
/// per distinct word.
/// </summary>
public sealed class LineWordKeys
{
    private readonly long[] _keys;

    // Line i's keys are _keys[_starts[i] .. _starts[i + 1]).
    private readonly int[] _starts;

    private LineWordKeys(long[] keys, int[] starts)
    {
        _keys = keys;
        _starts = starts;
    }

    public static LineWordKeys Of(ArticleTree tree) => Of(tree, null);

    /// <summary>The keys of every line, copied from an earlier model's for a line it had (<see cref="RecurringLines"/>).</summary>
    internal static LineWordKeys Of(ArticleTree tree, RecurringLines.Line?[]? known)
    {
        // Sized from the lines' whitespace words, which the tokenizer's words outnumber only where punctuation
        // joins words ("a/b"); the array grows then.
        int expected = 16;
        foreach (var line in tree.Lines)
        {
            expected += line.Features.WordCount;
        }

        var keys = new long[expected + (expected >> 3)];
        var starts = new int[tree.Lines.Length + 1];
        int count = 0;
        for (int i = 0; i < tree.Lines.Length; i++)
        {
            starts[i] = count;
            if (tree.Lines[i].IsBlank)
            {
                continue;
            }

            if (known?[i] is { } facts)
            {
                var earlier = facts.Keys.KeysOf(facts.Index);
                if (keys.Length - count < earlier.Length)
                {
                    Array.Resize(ref keys, Math.Max(2 * keys.Length, count + earlier.Length));
                }

                earlier.CopyTo(keys.AsSpan(count));
                count += earlier.Length;
                continue;
            }

            count = WordKeys.Write(tree.Lines[i].Text, ref keys, count);
        }

        starts[^1] = count;
        return new LineWordKeys(keys, starts);
    }

    /// <summary>The keys of the line's words, in order.</summary>
    public ReadOnlySpan<long> KeysOf(ArticleLine line) => KeysOf(line.Index);

    private ReadOnlySpan<long> KeysOf(int line) => _keys.AsSpan(_starts[line], _starts[line + 1] - _starts[line]);
}
