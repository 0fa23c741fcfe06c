using System.Globalization;
using System.Text;
using CorpusLint.Semantics;

namespace CorpusLint.Fixes;

/// <summary>
/// How the fix guard's words (<see cref="WordSequence"/>) are made of characters: a letter or digit of a spaced
/// script goes on the word before it, one of a script written without spaces (Han, kana, Thai, Lao, Khmer, Myanmar)
/// is a word of its own, a combining mark belongs to the character before it, and anything else is between words.
/// </summary>
internal static class WordCharacters
{
    public enum Kind
    {
        Other,
        Spaced,
        Unspaced,
        Mark,
    }

    /// <summary>The kind of the character (or surrogate pair) at <paramref name="index"/>, and how many chars it takes.</summary>
    public static Kind Classify(ReadOnlySpan<char> text, int index, out int length)
    {
        // Most text is ASCII: answer it without decoding a rune or looking up a category.
        char c = text[index];
        if (char.IsAscii(c))
        {
            length = 1;
            return WordTokenizer.IsAsciiLetterOrDigit(c) ? Kind.Spaced : Kind.Other;
        }

        if (Rune.DecodeFromUtf16(text[index..], out var rune, out length) != System.Buffers.OperationStatus.Done)
        {
            length = 1;
            return Kind.Other;
        }

        switch (Rune.GetUnicodeCategory(rune))
        {
            case UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark:
                return Kind.Mark;
            case UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber:
                return IsWrittenWithoutSpaces(rune.Value) ? Kind.Unspaced : Kind.Spaced;
            default:
                return Kind.Other;
        }
    }

    /// <summary>Where the character (or surrogate pair) ending just before <paramref name="index"/> begins.</summary>
    /// <remarks>A pair decodes the same read backwards as forwards: a high surrogate is never the second half of one.</remarks>
    public static int PreviousStart(ReadOnlySpan<char> text, int index) =>
        index >= 2 && char.IsLowSurrogate(text[index - 1]) && char.IsHighSurrogate(text[index - 2]) ? index - 2 : index - 1;

    private static bool IsWrittenWithoutSpaces(int codePoint) => codePoint switch
    {
        >= 0x0E00 and <= 0x0EFF => true, // Thai, Lao
        >= 0x1000 and <= 0x109F => true, // Myanmar
        >= 0x1780 and <= 0x17FF => true, // Khmer
        >= 0x3040 and <= 0x30FF => true, // Hiragana, Katakana
        >= 0x3400 and <= 0x4DBF => true, // CJK extension A
        >= 0x4E00 and <= 0x9FFF => true, // CJK unified ideographs
        >= 0xF900 and <= 0xFAFF => true, // CJK compatibility ideographs
        >= 0x20000 and <= 0x3FFFF => true, // CJK extensions B and later
        _ => false,
    };
}
