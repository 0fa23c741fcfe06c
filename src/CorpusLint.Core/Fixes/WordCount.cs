using System.Numerics;
using System.Runtime.Intrinsics;
using CorpusLint.Text;
using static CorpusLint.Fixes.WordCharacters;

namespace CorpusLint.Fixes;

/// <summary>
/// How many words a text has, cut as <see cref="WordSequence"/> cuts them, sixteen characters at a time where they
/// are ASCII: a word starts at each letter or digit whose character before is none.
/// </summary>
/// <remarks>
/// The fix guard counts every word of the original and the fixed text. Cut one by one, the original's words were
/// most of the guard's cost (6.6 % of a `fix --jsonl`'s samples): a page's words are mostly junk the fix removed,
/// which the comparison only has to count.
/// </remarks>
internal static class WordCount
{
    public static int Of(ReadOnlySpan<char> text)
    {
        int count = 0, i = 0;

        // The kind of the word the last character read belongs to; Other between words.
        var word = Kind.Other;
        while (i < text.Length)
        {
            if (text.Length - i >= AsciiBlock.Length)
            {
                var bytes = AsciiBlock.Narrow(text.Slice(i, AsciiBlock.Length));
                uint beyond = AsciiBlock.IsBeyondAscii(bytes).ExtractMostSignificantBits();

                // The ASCII characters before the first one beyond it (all sixteen when there is none).
                int ascii = BitOperations.TrailingZeroCount(beyond | (1u << AsciiBlock.Length));
                if (ascii > 0)
                {
                    uint words = AsciiBlock.LettersAndDigits(bytes) & ((1u << ascii) - 1);
                    uint goesOn = word == Kind.Spaced ? 1u : 0u;
                    count += BitOperations.PopCount(words & ~((words << 1) | goesOn));
                    word = (words >> (ascii - 1) & 1) != 0 ? Kind.Spaced : Kind.Other;
                    i += ascii;
                    continue;
                }
            }

            // One ASCII character, or a run beyond ASCII (where a block would be read for nothing at each character).
            do
            {
                var kind = Classify(text, i, out int length);
                bool starts = kind switch
                {
                    Kind.Spaced => word != Kind.Spaced,
                    Kind.Unspaced => true,
                    Kind.Mark => word == Kind.Other,
                    _ => false,
                };
                count += starts ? 1 : 0;

                // A mark goes on the word it follows; any other character ends it.
                word = kind == Kind.Mark && !starts ? word : kind;
                i += length;
            }
            while (i < text.Length && !char.IsAscii(text[i]));
        }

        return count;
    }
}
