using System.Buffers;
using System.Runtime.CompilerServices;

namespace CorpusLint.Semantics;

/// <summary>Splits text into words (runs of letters, digits and inner apostrophes) without allocating a regex.</summary>
public static class WordTokenizer
{
    /// <summary>Longest word lowercased on the stack; a longer one (not a word of prose) gets an array.</summary>
    public const int MaxStackWord = 256;

    public static List<string> Words(ReadOnlySpan<char> text, bool lowercase = true)
    {
        var words = new List<string>();
        Span<char> buffer = stackalloc char[MaxStackWord];
        foreach (var word in Enumerate(text))
        {
            words.Add(lowercase ? ToLower(word, buffer).ToString() : word.ToString());
        }

        return words;
    }

    /// <summary>
    /// The words of a text as slices of it, cut as <see cref="Words"/> cuts them, with nothing allocated: the
    /// model's hot paths (body vocabulary, captions, shingles) read every word of an article.
    /// </summary>
    public static WordEnumerator Enumerate(ReadOnlySpan<char> text) => new(text);

    /// <summary>How many words <see cref="Words"/> would cut the text into.</summary>
    public static int Count(ReadOnlySpan<char> text)
    {
        int count = 0;
        foreach (var _ in Enumerate(text))
        {
            count++;
        }

        return count;
    }

    /// <summary>The word lowercased as <see cref="Words"/> lowercases it, written into the buffer when it fits.</summary>
    /// <remarks>
    /// Most words are ASCII, whose invariant lowercase is `A`–`Z` to `a`–`z`: done here in a loop, where the
    /// general case-mapping call cost about 200 instructions per word (the body vocabulary lowercases every word
    /// of the body). Any other character sends the word to that call.
    /// </remarks>
    public static ReadOnlySpan<char> ToLower(ReadOnlySpan<char> word, Span<char> buffer)
    {
        var lower = word.Length <= buffer.Length ? buffer[..word.Length] : new char[word.Length];
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            if (c >= 0x80)
            {
                word.ToLowerInvariant(lower);
                return lower;
            }

            lower[i] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
        }

        return lower;
    }

    /// <summary>
    /// A comparison key for "is this the same sentence?": lowercase letters and digits only, single spaces.
    /// Quote marks, dashes and a missing final period then don't hide a duplicate.
    /// </summary>
    /// <remarks>
    /// Written into one buffer, word by word (a key is never longer than its text): the headline search keys every
    /// block before the body, and a string per word, a list and a join were most of its cost.
    /// </remarks>
    public static string ComparisonKey(ReadOnlySpan<char> text)
    {
        char[]? rented = null;
        Span<char> key = text.Length <= MaxStackWord ? stackalloc char[MaxStackWord] : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        int length = 0;
        foreach (var word in Enumerate(text))
        {
            if (length > 0)
            {
                key[length++] = ' ';
            }

            length += ToLower(word, key[length..]).Length;
        }

        var result = key[..length].ToString();
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return result;
    }

    // Whether a character is a letter or digit, as words are made of (with inner apostrophes). Every character of an
    // article passes here, several times. ASCII is classified by one bit of a mask (bits 48-57 of the first: digits;
    // bits 1-26 and 33-58 of the second: A-Z and a-z), with no branch; the Unicode tables answer for the rest, out of
    // line, so the ASCII test is inlined into the scans (the native compiler had kept it a call).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsLetterOrDigit(char c) => c < 128 ? IsAsciiLetterOrDigit(c) : IsNonAsciiLetterOrDigit(c);

    /// <summary>Whether an ASCII character (the caller knows it is one) is a letter or a digit: the mask's bit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsAsciiLetterOrDigit(char c) => (((c < 64 ? 0x03FF_0000_0000_0000UL : 0x07FF_FFFE_07FF_FFFEUL) >> (c & 63)) & 1) != 0;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool IsNonAsciiLetterOrDigit(char c) => char.IsLetterOrDigit(c);

    /// <summary>Enumerates the words of a text (see <see cref="Enumerate"/>).</summary>
    public ref struct WordEnumerator
    {
        private readonly ReadOnlySpan<char> _text;
        private int _next;

        internal WordEnumerator(ReadOnlySpan<char> text)
        {
            _text = text;
            _next = 0;
            Current = default;
        }

        public ReadOnlySpan<char> Current { get; private set; }

        public readonly WordEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            var text = _text;
            int i = _next;
            while (i < text.Length && !IsLetterOrDigit(text[i]))
            {
                i++;
            }

            if (i == text.Length)
            {
                _next = i;
                return false;
            }

            int start = i;
            while (++i < text.Length && (IsLetterOrDigit(text[i]) || IsInnerApostrophe(text, i)))
            {
            }

            Current = text[start..i];
            _next = i;
            return true;
        }

        // An apostrophe belongs to a word inside it, before a letter: `don't`, `O’Brien`.
        private static bool IsInnerApostrophe(ReadOnlySpan<char> text, int i) =>
            text[i] is '\'' or '’' && i + 1 < text.Length && char.IsLetter(text[i + 1]);
    }
}
