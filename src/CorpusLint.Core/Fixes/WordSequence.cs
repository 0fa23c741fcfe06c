using System.Buffers;
using static CorpusLint.Fixes.WordCharacters;

namespace CorpusLint.Fixes;

/// <summary>
/// The words of a text as the fix guard counts and compares them: runs of letters, combining marks and
/// digits, except in scripts written without spaces (Han, kana, Thai, Lao, Khmer, Myanmar), where every
/// character is a word of its own (<see cref="WordCharacters"/>). Counting a CJK sentence as one "word" would let
/// a line of Latin junk outweigh a whole Chinese article. Everything here is linear in the texts' lengths and
/// allocates no word strings, so a 10 MB line costs no more than 10 MB of short lines.
/// </summary>
public static class WordSequence
{
    /// <summary>
    /// The longest word looked for by searching the text for it (<see cref="FindWord"/>); a longer one is looked for
    /// word by word, so that a search's checks of a candidate (up to the word's length each) stay a bounded cost per
    /// character.
    /// </summary>
    private const int MaxSearchedLength = 32;

    // ASCII characters of no word: the texts' words end before them whatever comes before.
    private static readonly SearchValues<char> AsciiBetweenWords = SearchValues.Create(
        [.. Enumerable.Range(0, 128).Select(c => (char)c).Where(c => !char.IsAsciiLetterOrDigit(c))]);

    /// <summary>
    /// Whether the words of <paramref name="output"/> appear, in order, among the words of
    /// <paramref name="input"/> (not necessarily next to each other), and how many words each has. When the output
    /// is not such a subsequence, its count stops at the first word that cannot be found (that word included).
    /// </summary>
    /// <remarks>
    /// Each output word is matched with the first equal input word after the last match (a greedy search, which finds
    /// a subsequence whenever there is one). The input's words are counted apart (<see cref="WordCount"/>), and an
    /// output word is looked for by searching the input's text for it, not by cutting every input word in turn: a
    /// fixed page is its original with most words removed, and cutting those words one by one for the search was most
    /// of the guard's cost.
    /// </remarks>
    public static Comparison Compare(string output, string input)
    {
        var wanted = new WordCursor(output);
        int available = 0;
        while (wanted.MoveNext())
        {
            if (FindWord(input, wanted.Current, ref available) < 0)
            {
                return new Comparison(WordCount.Of(output.AsSpan(0, wanted.CurrentStart)) + 1, WordCount.Of(input), wanted.Current.ToString(), wanted.CurrentStart);
            }

            wanted.SkipAlike(input, ref available);
        }

        return new Comparison(WordCount.Of(output), WordCount.Of(input), null, -1);
    }

    /// <summary>The outcome of <see cref="Compare"/>: word counts, and the first output word not found in order (null when all were).</summary>
    public readonly record struct Comparison(int OutputWords, int InputWords, string? MissingWord, int MissingOffset);

    /// <summary>
    /// The start of the first word of <paramref name="text"/> from <paramref name="from"/> (a place between words)
    /// that equals <paramref name="word"/>, or -1; <paramref name="from"/> moves past it.
    /// </summary>
    private static int FindWord(string text, ReadOnlySpan<char> word, ref int from)
    {
        var cursor = new WordCursor(text, from);
        if (word.Length > MaxSearchedLength)
        {
            while (cursor.MoveNext())
            {
                if (cursor.Current.SequenceEqual(word))
                {
                    from = cursor.Position;
                    return cursor.CurrentStart;
                }
            }

            return -1;
        }

        // Each place the word's characters stand is a match when a word starts there and is cut as the word: a place
        // inside a longer word is no start, and a word that starts there and goes on is not the word.
        int next = from;
        while (next < text.Length)
        {
            int found = text.AsSpan(next).IndexOf(word);
            if (found < 0)
            {
                return -1;
            }

            int at = next + found;
            if (!StartsWord(text, at))
            {
                next = at + 1;
                continue;
            }

            cursor = new WordCursor(text, at);
            cursor.MoveNext();
            if (cursor.Current.SequenceEqual(word))
            {
                from = cursor.Position;
                return at;
            }

            next = cursor.Position;
        }

        return -1;
    }

    /// <summary>Whether a word starts at <paramref name="index"/>, as the texts are cut from their start.</summary>
    /// <remarks>
    /// A letter of a spaced script goes on a word of one before it, skipping the marks between; a mark starts a word
    /// only after a character of none; a character written without spaces always starts one.
    /// </remarks>
    private static bool StartsWord(ReadOnlySpan<char> text, int index)
    {
        var kind = Classify(text, index, out _);
        if (kind is Kind.Other or Kind.Unspaced)
        {
            return kind == Kind.Unspaced;
        }

        for (int before = index; before > 0;)
        {
            before = PreviousStart(text, before);
            var previous = Classify(text, before, out _);
            if (previous != Kind.Mark)
            {
                return kind == Kind.Mark ? previous == Kind.Other : previous != Kind.Spaced;
            }

            if (kind == Kind.Mark)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Walks the words of a string one at a time, as spans into it.</summary>
    private ref struct WordCursor(string text, int position = 0)
    {
        private readonly string _text = text;
        private int _position = position;
        private int _start;
        private int _end;

        public readonly ReadOnlySpan<char> Current => _text.AsSpan(_start, _end - _start);

        public readonly int CurrentStart => _start;

        /// <summary>Where the cursor stands: after the current word.</summary>
        public readonly int Position => _position;

        /// <summary>
        /// Moves past the words that follow alike in this text and <paramref name="other"/> from
        /// <paramref name="otherPosition"/> (both places between words), and <paramref name="otherPosition"/> with it:
        /// the greedy search would match each with the same word next in the other text.
        /// </summary>
        /// <remarks>
        /// A fixed text is mostly the original's paragraphs kept as they were, so after a matched word both texts
        /// usually go on alike for paragraphs. Up to the last ASCII character of no word in the stretch they share,
        /// the two are cut into the same words: where a word starts depends on no character before the place between
        /// words the cursors stand at, and every word there ends before that character.
        /// </remarks>
        public void SkipAlike(string other, ref int otherPosition)
        {
            var alike = _text.AsSpan(_position, _text.AsSpan(_position).CommonPrefixLength(other.AsSpan(otherPosition)));
            int between = alike.LastIndexOfAny(AsciiBetweenWords);
            _position += between + 1;
            otherPosition += between + 1;
        }

        public bool MoveNext()
        {
            // The guard reads every word of the fixed text: ASCII, most of it, is answered here, without a call (ASCII
            // has no marks and no characters written without spaces).
            var text = _text;
            int position = _position;
            while (position < text.Length)
            {
                char c = text[position];
                if (char.IsAscii(c))
                {
                    if (Semantics.WordTokenizer.IsAsciiLetterOrDigit(c))
                    {
                        break;
                    }

                    position++;
                }
                else if (Classify(text, position, out int length) == Kind.Other)
                {
                    position += length;
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
            var first = Classify(text, position, out int firstLength);
            position += firstLength;
            while (position < text.Length)
            {
                char c = text[position];
                if (char.IsAscii(c))
                {
                    if (first == Kind.Spaced && Semantics.WordTokenizer.IsAsciiLetterOrDigit(c))
                    {
                        position++;
                        continue;
                    }

                    break;
                }

                var kind = Classify(text, position, out int length);

                // A mark belongs to the character before it; a no-space character is a word on its own.
                if (kind == Kind.Mark || (kind == Kind.Spaced && first == Kind.Spaced))
                {
                    position += length;
                    continue;
                }

                break;
            }

            _position = _end = position;
            return true;
        }
    }
}
