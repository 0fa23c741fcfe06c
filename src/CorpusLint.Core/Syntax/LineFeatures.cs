using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace CorpusLint.Syntax;

/// <summary>Shape facts about one line, computed in a single scan.</summary>
public readonly record struct LineFeatures(
    bool IsBlank,
    int WordCount,
    int LetterCount,
    int UppercaseInitialWords,
    bool EndsWithSentencePunctuation,
    bool EndsWithEllipsis,
    bool StartsWithUppercase,
    bool ContainsUrl,
    bool ContainsEmail)
{
    /// <summary>Share of words that start with a capital letter: headlines and menus are title-cased, prose is not.</summary>
    public double TitleCaseRatio => WordCount == 0 ? 0 : (double)UppercaseInitialWords / WordCount;

    public static LineFeatures Of(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim();
        if (IsWhitespaceOnly(trimmed))
        {
            return default(LineFeatures) with { IsBlank = true };
        }

        var counts = default(Counts);
        int scanned = CountInBlocks(trimmed, ref counts);
        CountOneByOne(trimmed[scanned..], ref counts);
        return new LineFeatures(
            IsBlank: false,
            WordCount: counts.Words,
            LetterCount: counts.Letters,
            UppercaseInitialWords: counts.UpperInitials,
            EndsWithSentencePunctuation: EndsWithSentenceEnd(trimmed),
            EndsWithEllipsis: trimmed.EndsWith("...", StringComparison.Ordinal) || trimmed.EndsWith('…'),
            StartsWithUppercase: FirstLetterIsUpper(trimmed),
            ContainsUrl: trimmed.Contains("://", StringComparison.Ordinal) || trimmed.Contains("www.", StringComparison.OrdinalIgnoreCase),
            ContainsEmail: LooksLikeEmail(trimmed));
    }

    /// <summary>What the scan has counted so far, and whether its last character was in a word.</summary>
    private struct Counts
    {
        public int Words;
        public int Letters;
        public int UpperInitials;
        public int InWord;
    }

    // Every character of every line passes here (5 % of a check's instructions when done one at a time): sixteen
    // characters at once. A block of ASCII is narrowed to bytes and counted with bit masks (space, letter,
    // capital; word starts are the word characters whose predecessor was none, the counts their set bits); a
    // block with a character outside ASCII (a curly quote in a paragraph) one character at a time, and the blocks
    // after it again at once. Returns how many characters were counted: the caller counts the rest, fewer than
    // sixteen. Bytes, not 16-bit lanes: a byte mask is one instruction, a 16-bit one was a call per mask.
    private static int CountInBlocks(ReadOnlySpan<char> text, ref Counts counts)
    {
        if (!Vector128.IsHardwareAccelerated)
        {
            return 0;
        }

        const int Block = 16;
        var units = MemoryMarshal.Cast<char, ushort>(text);
        int i = 0;
        for (; i + Block <= units.Length; i += Block)
        {
            var low = Vector128.Create(units.Slice(i, Block / 2));
            var high = Vector128.Create(units.Slice(i + (Block / 2), Block / 2));
            if (Vector128.GreaterThanOrEqualAny(low | high, Vector128.Create((ushort)128)))
            {
                CountOneByOne(text.Slice(i, Block), ref counts);
                continue;
            }

            var block = Vector128.Narrow(low, high);
            var space = Vector128.Equals(block, Vector128.Create((byte)' '))
                | Vector128.LessThanOrEqual(block - Vector128.Create((byte)'\t'), Vector128.Create((byte)('\r' - '\t')));
            var letter = Vector128.LessThanOrEqual((block | Vector128.Create((byte)0x20)) - Vector128.Create((byte)'a'), Vector128.Create((byte)('z' - 'a')));
            var upper = Vector128.LessThanOrEqual(block - Vector128.Create((byte)'A'), Vector128.Create((byte)('Z' - 'A')));
            uint wordChars = ~space.ExtractMostSignificantBits() & 0xFFFF;
            uint starts = wordChars & ~((wordChars << 1) | (uint)counts.InWord);
            counts.Words += BitOperations.PopCount(starts);
            counts.UpperInitials += BitOperations.PopCount(starts & upper.ExtractMostSignificantBits());
            counts.Letters += BitOperations.PopCount(letter.ExtractMostSignificantBits());
            counts.InWord = (int)(wordChars >> (Block - 1));
        }

        return i;
    }

    // Counting with arithmetic on the character's class, not branches, keeps word boundaries (every few
    // characters) from costing a mispredicted jump each.
    private static void CountOneByOne(ReadOnlySpan<char> text, ref Counts counts)
    {
        foreach (char c in text)
        {
            int kind = c < 128 ? AsciiKinds[c] : KindOf(c);
            int wordChar = ~kind & Space;
            int wordStart = wordChar & ~counts.InWord;
            counts.Words += wordStart;
            counts.UpperInitials += wordStart & (kind >> 2);
            counts.Letters += (kind >> 1) & 1;
            counts.InWord = wordChar;
        }
    }

    // Character kinds, as bits: the scan adds them up.
    private const int Space = 1;
    private const int Letter = 2;
    private const int Upper = 4;

    private static readonly byte[] AsciiKinds = Enumerable.Range(0, 128).Select(c => (byte)KindOf((char)c)).ToArray();

    // ASCII is classified with arithmetic (once, into AsciiKinds); the Unicode tables answer for the rest.
    private static int KindOf(char c) => c < 128
        ? (c == ' ' || (uint)(c - '\t') <= '\r' - '\t' ? Space : 0) | (char.IsAsciiLetter(c) ? Letter : 0) | (char.IsAsciiLetterUpper(c) ? Upper : 0)
        : (char.IsWhiteSpace(c) ? Space : 0) | (char.IsLetter(c) ? Letter : 0) | (char.IsUpper(c) ? Upper : 0);

    // Zero-width and no-break spaces make a line look non-empty while it shows nothing.
    private static bool IsWhitespaceOnly(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (!char.IsWhiteSpace(c) && c is not ('\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool EndsWithSentenceEnd(ReadOnlySpan<char> text)
    {
        // A closing quote ends a quoted sentence; a closing bracket may follow the full stop: "... (AP)."
        if (text[^1] is '"' or '\'' or '”' or '’' or '»')
        {
            return true;
        }

        var withoutBrackets = text.TrimEnd(")]");
        return withoutBrackets.Length > 0 && withoutBrackets[^1] is '.' or '!' or '?' or '…' or '。' or '！' or '？';
    }

    private static bool FirstLetterIsUpper(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (char.IsLetter(c))
            {
                return char.IsUpper(c);
            }
        }

        return false;
    }

    private static bool LooksLikeEmail(ReadOnlySpan<char> text)
    {
        int at = text.IndexOf('@');
        return at > 0 && at < text.Length - 3 && text[(at + 1)..].Contains('.') && !char.IsWhiteSpace(text[at - 1]) && !char.IsWhiteSpace(text[at + 1]);
    }
}
