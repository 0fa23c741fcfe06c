using System.Globalization;
using System.Text;
using CorpusLint.Semantics;

namespace CorpusLint.Fixes;

/// <summary>
/// The words of a text as the fix guard counts and compares them: runs of letters, combining marks and
/// digits, except in scripts written without spaces (Han, kana, Thai, Lao, Khmer, Myanmar), where every
/// character is a word of its own. Counting a CJK sentence as one "word" would let a line of Latin junk
/// outweigh a whole Chinese article. Everything here is one linear scan and allocates no word strings, so a
/// 10 MB line costs no more than 10 MB of short lines.
/// </summary>
public static class WordSequence
{
    /// <summary>
    /// Whether the words of <paramref name="output"/> appear, in order, among the words of
    /// <paramref name="input"/> (not necessarily next to each other), and how many words each has, in one
    /// pass over the two texts. The counts are complete only when the output is such a subsequence (the
    /// scan stops at the first output word it cannot find).
    /// </summary>
    public static Comparison Compare(string output, string input)
    {
        var wanted = new WordCursor(output);
        var available = new WordCursor(input);
        int outputWords = 0, inputWords = 0;
        while (wanted.MoveNext())
        {
            outputWords++;
            bool found = false;
            while (available.MoveNext())
            {
                inputWords++;
                if (available.Current.SequenceEqual(wanted.Current))
                {
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                return new Comparison(outputWords, inputWords, wanted.Current.ToString(), wanted.CurrentStart);
            }

            int alike = wanted.SkipWordsAlike(ref available);
            outputWords += alike;
            inputWords += alike;
        }

        while (available.MoveNext())
        {
            inputWords++;
        }

        return new Comparison(outputWords, inputWords, null, -1);
    }

    /// <summary>The outcome of <see cref="Compare"/>: word counts, and the first output word not found in order (null when all were).</summary>
    public readonly record struct Comparison(int OutputWords, int InputWords, string? MissingWord, int MissingOffset);

    /// <summary>Walks the words of a string one at a time, as spans into it.</summary>
    private ref struct WordCursor(string text)
    {
        private readonly string _text = text;
        private int _position;
        private int _start;
        private int _end;

        public readonly ReadOnlySpan<char> Current => _text.AsSpan(_start, _end - _start);

        public readonly int CurrentStart => _start;

        /// <summary>
        /// Moves both cursors over the words that follow alike in both texts and returns how many there are: each is
        /// matched by the same word next in the other text, as the word by word search would find it.
        /// </summary>
        /// <remarks>
        /// A fixed text is mostly the original's paragraphs kept as they were, so after a matched word both texts
        /// usually go on alike for paragraphs; the guard read every word of both (7 % of a fix's samples) to match
        /// them one by one. Where the next word starts depends on no character before the cursor, and where it ends
        /// on the character after it (two, for a surrogate pair): a word followed by two more characters of the
        /// stretch the texts share is cut the same in both.
        /// </remarks>
        public int SkipWordsAlike(ref WordCursor other)
        {
            int alikeEnd = _position + _text.AsSpan(_position).CommonPrefixLength(other._text.AsSpan(other._position));
            int words = 0;
            int end = _position;
            var counter = this;
            while (counter.MoveNext() && counter._end + 1 < alikeEnd)
            {
                words++;
                end = counter._end;
            }

            other._position += end - _position;
            _position = end;
            return words;
        }

        public bool MoveNext()
        {
            // The guard reads every word of the original and the fixed text: ASCII, most of it, is answered here,
            // without a call (ASCII has no marks and no characters written without spaces).
            var text = _text;
            int position = _position;
            while (position < text.Length)
            {
                char c = text[position];
                if (char.IsAscii(c))
                {
                    if (WordTokenizer.IsAsciiLetterOrDigit(c))
                    {
                        break;
                    }

                    position++;
                }
                else if (Classify(position, out _) == CharKind.Other)
                {
                    position += RuneLength(position);
                }
                else
                {
                    break;
                }
            }

            if (position >= text.Length)
            {
                _position = position;
                return false;
            }

            _start = position;
            var first = Classify(position, out int length);
            position += length;
            while (position < text.Length)
            {
                char c = text[position];
                if (char.IsAscii(c))
                {
                    if (first == CharKind.Spaced && WordTokenizer.IsAsciiLetterOrDigit(c))
                    {
                        position++;
                        continue;
                    }

                    break;
                }

                var kind = Classify(position, out length);

                // A mark belongs to the character before it; a no-space character is a word on its own.
                if (kind == CharKind.Mark || (kind == CharKind.Spaced && first == CharKind.Spaced))
                {
                    position += length;
                    continue;
                }

                break;
            }

            _position = _end = position;
            return true;
        }

        private readonly CharKind Classify(int index, out int length)
        {
            // Most text is ASCII: answer it without decoding a rune or looking up a category.
            char c = _text[index];
            if (char.IsAscii(c))
            {
                length = 1;
                return WordTokenizer.IsAsciiLetterOrDigit(c) ? CharKind.Spaced : CharKind.Other;
            }

            if (Rune.DecodeFromUtf16(_text.AsSpan(index), out var rune, out length) != System.Buffers.OperationStatus.Done)
            {
                length = 1;
                return CharKind.Other;
            }

            switch (Rune.GetUnicodeCategory(rune))
            {
                case UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark:
                    return CharKind.Mark;
                case UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                    or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                    or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber:
                    return IsWrittenWithoutSpaces(rune.Value) ? CharKind.Unspaced : CharKind.Spaced;
                default:
                    return CharKind.Other;
            }
        }

        private readonly int RuneLength(int index) =>
            char.IsHighSurrogate(_text[index]) && index + 1 < _text.Length && char.IsLowSurrogate(_text[index + 1]) ? 2 : 1;
    }

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

    private enum CharKind
    {
        Other,
        Spaced,
        Unspaced,
        Mark,
    }
}
