using System.Runtime.CompilerServices;

namespace CorpusLint.Semantics;

/// <summary>
/// A word's key: a 64-bit hash of the word lowercased as <see cref="WordTokenizer.ToLower"/> lowercases it, whose
/// lowest bit says whether it is a content word (<see cref="SemanticModel.IsContentWord"/>). The shingle index, the
/// body vocabulary and the topic test compare words by key, so no string is made for a word, and each line is cut
/// and hashed once for all three (<see cref="LineWordKeys"/>).
/// </summary>
/// <remarks>
/// Two different words share a key with a chance of about one in 2^63 (FNV-1a over the lowercased characters):
/// across an article's few thousand distinct words, about one article in 10^12 would have one such pair, which
/// would count a word of its vocabulary twice or a shingle as repeated. The shingle index has always compared by hash.
/// </remarks>
public static class WordKeys
{
    private const ulong OffsetBasis = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    /// <summary>Whether the key is a content word's: at least three characters, not a function word, not all digits.</summary>
    public static bool IsContent(long key) => (key & 1) != 0;

    /// <summary>The key of one word as <see cref="WordTokenizer.Enumerate"/> cuts it.</summary>
    /// <remarks>
    /// Every word of an article passes here once. An ASCII word is lowercased, hashed and read as a function-word key
    /// (<see cref="Stopwords"/>) in one loop; a word with any other character takes the general lowercasing.
    /// </remarks>
    public static long Of(ReadOnlySpan<char> word)
    {
        ulong hash = OffsetBasis;
        long stopwordKey = 0;
        bool letters = true, digits = true;
        foreach (char c in word)
        {
            if (c >= 0x80)
            {
                return OfNonAscii(word);
            }

            char lower = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
            hash = unchecked((hash ^ lower) * Prime);
            uint letter = (uint)(lower - 'a');
            if (letter <= 'z' - 'a')
            {
                stopwordKey = Stopwords.KeyStep(stopwordKey, letter);
                digits = false;
            }
            else
            {
                letters = false;
                digits &= char.IsAsciiDigit(lower);
            }
        }

        // Only a word of three characters or more can be a content word, so only those are looked up.
        var functionWords = Stopwords.Keys;
        bool content = word.Length >= 3 && !digits && !(letters && word.Length <= functionWords.MaxLength && functionWords.Contains(stopwordKey));
        return Key(hash, content);
    }

    /// <summary>Appends the key of every word of the text, in order.</summary>
    public static void AppendTo(ReadOnlySpan<char> text, List<long> keys)
    {
        foreach (var word in WordTokenizer.Enumerate(text))
        {
            keys.Add(Of(word));
        }
    }

    /// <summary>
    /// Writes the key of every word of the text, in order, into <paramref name="keys"/> from <paramref name="count"/>
    /// (growing it when full); returns the new count. The keys are those of <see cref="AppendTo(ReadOnlySpan{char}, List{long})"/>.
    /// </summary>
    /// <remarks>
    /// Every line of an article passes here. An ASCII word is cut and hashed in the same loop, where cutting it with
    /// the tokenizer and then hashing it read each character twice (the lines' keys took 10.4 % of a check's samples,
    /// 7.8 % in one pass). A word with any other character, or an apostrophe the tokenizer must judge, goes to the
    /// tokenizer and <see cref="Of"/>.
    /// </remarks>
    public static int Write(ReadOnlySpan<char> text, ref long[] keys, int count)
    {
        var functionWords = Stopwords.Keys;
        int i = 0;
        while (true)
        {
            while (i < text.Length && !WordTokenizer.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            if (i == text.Length)
            {
                return count;
            }

            int start = i;
            ulong hash = OffsetBasis;
            long stopwordKey = 0;
            bool letters = true, digits = true;
            for (; i < text.Length; i++)
            {
                char c = text[i];
                char lower = (char)(c | 0x20);
                uint letter = (uint)(lower - 'a');
                if (letter <= 'z' - 'a')
                {
                    stopwordKey = Stopwords.KeyStep(stopwordKey, letter);
                    digits = false;
                }
                else if (char.IsAsciiDigit(c))
                {
                    lower = c;
                    letters = false;
                }
                else
                {
                    break;
                }

                hash = unchecked((hash ^ lower) * Prime);
            }

            long key;
            if (i < text.Length && (text[i] >= 0x80 || text[i] == '\''))
            {
                // The word may go on: the tokenizer says where it ends.
                var enumerator = WordTokenizer.Enumerate(text[start..]);
                enumerator.MoveNext();
                var word = enumerator.Current;
                key = Of(word);
                i = start + word.Length;
            }
            else
            {
                int length = i - start;
                key = Key(hash, length >= 3 && !digits && !(letters && length <= functionWords.MaxLength && functionWords.Contains(stopwordKey)));
            }

            if (count == keys.Length)
            {
                Array.Resize(ref keys, 2 * keys.Length);
            }

            keys[count++] = key;
        }
    }

    // Out of line: its stack buffer would otherwise be cleared on every call of Of.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static long OfNonAscii(ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[WordTokenizer.MaxStackWord];
        var lower = WordTokenizer.ToLower(word, buffer);
        ulong hash = OffsetBasis;
        foreach (char c in lower)
        {
            hash = unchecked((hash ^ c) * Prime);
        }

        return Key(hash, SemanticModel.IsContentWord(lower));
    }

    private static long Key(ulong hash, bool content) => unchecked((long)((hash & ~1UL) | (content ? 1UL : 0UL)));
}
