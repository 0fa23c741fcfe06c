using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using CorpusLint.Text;

namespace CorpusLint.Semantics;

/// <summary>
/// A word's key: a 64-bit hash of the word lowercased as <see cref="WordTokenizer.ToLower"/> lowercases it, whose
/// lowest bit says whether it is a content word (<see cref="SemanticModel.IsContentWord"/>). The shingle index, the
/// body vocabulary and the topic test compare words by key, so no string is made for a word, and each line is cut
/// and hashed once for all three (<see cref="LineWordKeys"/>).
/// </summary>
/// <remarks>
/// A lowercased word of at most 16 ASCII characters (nearly every word of prose) is hashed as its characters, one
/// byte each: for words of at most eight the hash is a bijection of those bytes, so no two share one; longer words
/// share a hash with a chance of about one in 2^64. A word longer than 16, or with a character beyond ASCII once
/// lowercased, is hashed character by character (FNV-1a). The key drops the hash's lowest bit for the content flag.
/// Across an article's few thousand distinct words, about one article in 10^12 would have two words sharing a key,
/// which would count a word of its vocabulary twice or a shingle as repeated. The shingle index has always compared
/// by hash.
/// </remarks>
public static class WordKeys
{
    private const ulong OffsetBasis = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    /// <summary>The longest word hashed as its characters; a longer one goes character by character.</summary>
    private const int PackedLength = 16;

    // Odd multipliers for the packed characters (2^64 over the golden ratio, and MurmurHash3's first).
    private const ulong Multiplier = 0x9E3779B97F4A7C15;
    private const ulong SecondHalfMultiplier = 0xFF51AFD7ED558CCD;

    // The function words by their keys with the content bit clear: a word of ASCII letters is looked up by the key it
    // already has, where it used to be read a second time as a number for the function words' own table.
    private static readonly Stopwords.KeySet FunctionWords = Stopwords.KeySetOf(w => Bare(Hash(w)));

    /// <summary>Whether the key is a content word's: at least three characters, not a function word, not all digits.</summary>
    public static bool IsContent(long key) => (key & 1) != 0;

    /// <summary>The key of one word as <see cref="WordTokenizer.Enumerate"/> cuts it.</summary>
    /// <remarks>
    /// An ASCII word is lowercased and packed in one loop; a word with any other character, or longer than the packed
    /// form, takes the general lowercasing.
    /// </remarks>
    public static long Of(ReadOnlySpan<char> word)
    {
        if (word.Length > PackedLength)
        {
            return OfGeneral(word);
        }

        ulong low = 0, high = 0;
        bool letters = true, digits = true;
        for (int j = 0; j < word.Length; j++)
        {
            char c = word[j];
            if (c >= 0x80)
            {
                return OfGeneral(word);
            }

            char lower = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
            letters &= char.IsAsciiLetterLower(lower);
            digits &= char.IsAsciiDigit(lower);
            PackAt(ref low, ref high, j, lower);
        }

        ulong hash = Packed(low, high);
        return PackedKey(hash, word.Length, letters, digits, FunctionWords);
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
    /// Every line of an article passes here (the largest single cost of a check, 7.4 % of its cycles). The text is
    /// read sixteen characters at a time, each classified once as an ASCII letter or digit or a character beyond
    /// ASCII: each word's start and the length of its ASCII run are counted from those masks, and a word that ends
    /// within them is packed from the same sixteen characters, lowercased as bytes. A loop over the characters, with
    /// a multiply per character and a branch at each word's end that mispredicted, took 200 instructions a word; this
    /// takes 180 (the native build's baseline is SSE2), and a check about 1 % less time. A word that goes on with a
    /// character beyond ASCII or an apostrophe the tokenizer must judge, or past sixteen characters, goes to the
    /// tokenizer and <see cref="Of"/>.
    /// </remarks>
    public static int Write(ReadOnlySpan<char> text, ref long[] keys, int count)
    {
        var functionWords = FunctionWords;
        Span<char> padded = stackalloc char[PackedLength];
        int i = 0;
        while (i < text.Length)
        {
            // The sixteen characters from i; near the end, the rest of the text padded with spaces, which end a word.
            var block = text.Length - i >= PackedLength ? text.Slice(i, PackedLength) : Pad(text[i..], padded);
            var bytes = AsciiBlock.Narrow(block);
            uint letters = AsciiBlock.IsInRange(bytes | Vector128.Create((sbyte)0x20), 'a', 'z').ExtractMostSignificantBits();
            uint digits = AsciiBlock.IsInRange(bytes, '0', '9').ExtractMostSignificantBits();
            uint beyond = AsciiBlock.IsBeyondAscii(bytes).ExtractMostSignificantBits();
            uint words = letters | digits;

            // Where a word's ASCII run may not be the whole word: an apostrophe or a character beyond ASCII after it.
            uint mayGoOn = beyond | Vector128.Equals(bytes, Vector128.Create((sbyte)'\'')).ExtractMostSignificantBits();

            // Lowercasing is setting bit 5 of a letter; a digit has it set already.
            var lower = (bytes | Vector128.Create((sbyte)0x20)).AsUInt64();
            (ulong firstEight, ulong nextEight) = (lower.GetElement(0), lower.GetElement(1));

            // Each word that starts in the sixteen, in order. One that may go on past them, or past its ASCII run, is
            // where the next sixteen are read from.
            int next = i + PackedLength;
            for (uint starts = words | beyond; starts != 0;)
            {
                int at = BitOperations.TrailingZeroCount(starts);
                int start = i + at;
                if ((beyond >> at & 1) != 0)
                {
                    if (WordTokenizer.IsLetterOrDigit(text[start]))
                    {
                        Append(ref keys, ref count, OfWordAt(text, start, out next));
                        break;
                    }

                    starts &= starts - 1;
                    continue;
                }

                int length = BitOperations.TrailingZeroCount(~(words >> at));
                int end = at + length;
                if (end == PackedLength && at > 0)
                {
                    next = start;
                    break;
                }

                if (end < PackedLength ? (mayGoOn >> end & 1) != 0 : start + length < text.Length && MayContinueWord(text[start + length]))
                {
                    Append(ref keys, ref count, OfWordAt(text, start, out next));
                    break;
                }

                uint run = ((1u << length) - 1) << at;
                ulong hash = Packed(Bytes(firstEight, nextEight, at, length));
                Append(ref keys, ref count, PackedKey(hash, length, (letters & run) == run, (digits & run) == run, functionWords));
                starts &= ~((1u << end) - 1);
            }

            i = next;
        }

        return count;
    }

    private static void Append(ref long[] keys, ref int count, long key)
    {
        if (count == keys.Length)
        {
            Array.Resize(ref keys, 2 * keys.Length);
        }

        keys[count++] = key;
    }

    // The rest of a text, shorter than sixteen characters, in a buffer of sixteen padded with spaces.
    private static ReadOnlySpan<char> Pad(ReadOnlySpan<char> rest, Span<char> buffer)
    {
        rest.CopyTo(buffer);
        buffer[rest.Length..].Fill(' ');
        return buffer;
    }

    // The key of the word the tokenizer finds at start (the word may go on past an ASCII run); next is its end.
    private static long OfWordAt(ReadOnlySpan<char> text, int start, out int next)
    {
        var enumerator = WordTokenizer.Enumerate(text[start..]);
        enumerator.MoveNext();
        var word = enumerator.Current;
        next = start + word.Length;
        return Of(word);
    }

    // The bytes at..at+length of sixteen (the lowercased characters, eight in each half), as a word's first eight
    // characters and the next eight, zeros past its end.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (ulong Low, ulong High) Bytes(ulong firstEight, ulong nextEight, int at, int length)
    {
        // Shifted down by at bytes: (rest << 1) << (63 - shift) is rest << (64 - shift), and 0 for a shift of 0.
        bool inSecond = at >= 8;
        ulong from = inSecond ? nextEight : firstEight, rest = inSecond ? 0 : nextEight;
        int shift = 8 * (at & 7);
        ulong low = (from >> shift) | ((rest << 1) << (63 - shift)), high = rest >> shift;
        return (KeepBytes(low, length), KeepBytes(high, length - 8));
    }

    // The lowest count bytes of x (none for a count of 0 or less, all eight for 8 or more).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong KeepBytes(ulong x, int count) => count <= 0 ? 0 : count >= 8 ? x : x & ~(ulong.MaxValue << (8 * count));

    // A character after a run of ASCII letters and digits that may make the word longer than the run.
    private static bool MayContinueWord(char c) => c >= 0x80 || c == '\'' || WordTokenizer.IsAsciiLetterOrDigit(c);

    // The key of a packed word: a content word unless it is short, all digits, or a function word (all letters, and found).
    private static long PackedKey(ulong hash, int length, bool letters, bool digits, Stopwords.KeySet functionWords)
    {
        long bare = Bare(hash);
        if (length < 3 || digits)
        {
            return bare;
        }

        return letters && length <= functionWords.MaxLength ? bare | functionWords.IsNotIn(bare) : bare | 1;
    }

    // Out of line: its stack buffer would otherwise be cleared on every call of Of.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static long OfGeneral(ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[WordTokenizer.MaxStackWord];
        var lower = WordTokenizer.ToLower(word, buffer);
        return Key(Hash(lower), SemanticModel.IsContentWord(lower));
    }

    // The hash of a lowercased word: packed when it is short and ASCII (a letter beyond ASCII may lowercase to one:
    // the Kelvin sign to k), character by character otherwise.
    private static ulong Hash(ReadOnlySpan<char> lower)
    {
        if (lower.Length <= PackedLength && Ascii.IsValid(lower))
        {
            ulong low = 0, high = 0;
            for (int j = 0; j < lower.Length; j++)
            {
                PackAt(ref low, ref high, j, lower[j]);
            }

            return Packed(low, high);
        }

        ulong hash = OffsetBasis;
        foreach (char c in lower)
        {
            hash = unchecked((hash ^ c) * Prime);
        }

        return Finish(unchecked(hash * Multiplier));
    }

    // Puts an ASCII character as byte index of a word's packed form: the first eight in low, the next eight in high.
    private static void PackAt(ref ulong low, ref ulong high, int index, char c)
    {
        if (index < 8)
        {
            low |= (ulong)c << (8 * index);
        }
        else
        {
            high |= (ulong)c << (8 * (index - 8));
        }
    }

    // Bijective in low for a given high (a multiply by an odd number and a shift-xor are), so two words of at most
    // eight characters never collide; the shift-xor brings the product's high bits to the low ones, which the shingle
    // index's bit filter reads (tables read the high bits).
    private static ulong Packed(ulong low, ulong high) => Finish(unchecked((low ^ (high * SecondHalfMultiplier)) * Multiplier));

    private static ulong Packed((ulong Low, ulong High) word) => Packed(word.Low, word.High);

    private static ulong Finish(ulong x) => x ^ (x >> 32);

    private static long Bare(ulong hash) => unchecked((long)(hash & ~1UL));

    private static long Key(ulong hash, bool content) => Bare(hash) | (content ? 1L : 0L);
}
