using System.Buffers;
using System.Text;

namespace CorpusLint.Fixes;

/// <summary>
/// Produces the canonical article form of DESIGN.md: LF line endings, NFC, no control or zero-width
/// characters, single spaces (odd spaces such as NBSP become plain ones), no trailing spaces, one
/// paragraph per line with exactly one blank line between paragraphs, and exactly one final newline.
/// It never changes a word: quotes, dashes and spelling stay as published.
/// </summary>
public static class Normalizer
{
    // The characters that end a line; found by a vectorised search, since `fix` normalises every text at least twice
    // (its rounds, then the guard's original) and a test per character was most of the normaliser's cost.
    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\n\r\u2028\u2029");

    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        foreach (var line in new Lines(text))
        {
            AppendParagraph(builder, line);
        }

        if (builder.Length > 0)
        {
            builder.Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>
    /// Whether every line of the text is already in its canonical form, so normalising it would change only its line
    /// breaks and blank lines: no character of a line, and so no word. The fix guard compares words, and a text
    /// whose lines are canonical (most originals) need not be copied to be compared.
    /// </summary>
    public static bool HasCanonicalLines(string text)
    {
        foreach (var line in new Lines(text))
        {
            if (!IsCanonicalLine(line))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when a line is already in its canonical form, found by one scan without allocating: the common
    /// case, so the hot path (every line of every file) only builds a new string for a line that needs one.
    /// </summary>
    public static bool IsCanonicalLine(ReadOnlySpan<char> line)
    {
        if (line.Length > 0 && (line[0] == ' ' || line[^1] == ' '))
        {
            return false;
        }

        // One vectorised search for a double space, then the characters outside printable ASCII one at a time, found
        // by vectorised searches: news text's curly quotes and dashes had sent every line holding one through a loop
        // per character, and searching each run of printable ASCII for a double space was a call per run.
        if (line.Contains("  ", StringComparison.Ordinal))
        {
            return false;
        }

        bool mayNeedComposition = false;
        var rest = line;
        while (true)
        {
            int other = rest.IndexOfAnyExceptInRange(' ', '~');
            if (other < 0)
            {
                break;
            }

            char c = rest[other];
            rest = rest[(other + 1)..];
            if (c < 0x300)
            {
                // Below U+0300 every character is its own NFC form; only controls and odd spaces can be wrong.
                if ((c < ' ' && c is not ('\n' or '\r')) || c is >= '\u007F' and <= '\u00A0' or '\u00AD')
                {
                    return false;
                }
            }
            else
            {
                if (IsRemovable(c) || IsSpace(c))
                {
                    return false;
                }

                // Punctuation (dashes, curly quotes, bullets, ellipsis) and currency signs compose with nothing:
                // news text is full of them, and asking ICU about every such line was a tenth of `fix`.
                mayNeedComposition |= c is not (>= '\u2010' and <= '\u205E' or >= '\u20A0' and <= '\u20CF');
            }
        }

        return !mayNeedComposition || line.IsNormalized(NormalizationForm.FormC);
    }

    /// <summary>One line's canonical form: characters cleaned, spaces folded and trimmed, NFC.</summary>
    public static string NormalizeLine(ReadOnlySpan<char> line)
    {
        var builder = new StringBuilder(line.Length);
        bool pendingSpace = false;
        foreach (char c in line)
        {
            if (IsRemovable(c))
            {
                continue;
            }

            if (IsSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        var result = builder.ToString();
        return result.IsNormalized(NormalizationForm.FormC) ? result : result.Normalize(NormalizationForm.FormC);
    }

    /// <summary>Characters that show nothing and carry no meaning in an article: controls, zero-width spaces, BOMs.</summary>
    public static bool IsRemovable(char c) =>
        (char.IsControl(c) && c != '\t' && c != '\n' && c != '\r')
        || c is '\u200B' or '\u2060' or '\uFEFF' or '\u180E' or '\u00AD';

    /// <summary>Every kind of space folds into one plain space; NBSP and friends are layout, not words.</summary>
    public static bool IsSpace(char c) => c == ' ' || c == '\t' || (char.IsWhiteSpace(c) && c is not ('\n' or '\r' or '\u2028' or '\u2029'));

    private static void AppendParagraph(StringBuilder builder, ReadOnlySpan<char> line)
    {
        if (IsCanonicalLine(line))
        {
            if (line.Length > 0)
            {
                builder.Append(builder.Length > 0 ? "\n\n" : string.Empty).Append(line);
            }

            return;
        }

        var clean = NormalizeLine(line);
        if (clean.Length > 0)
        {
            builder.Append(builder.Length > 0 ? "\n\n" : string.Empty).Append(clean);
        }
    }

    /// <summary>The text's lines, as ended by LF, CR, U+2028 or U+2029; a CRLF's LF ends an empty line, which the normaliser drops like every empty line.</summary>
    private ref struct Lines(string text)
    {
        private readonly string _text = text;
        private int _next;

        public ReadOnlySpan<char> Current { get; private set; }

        public readonly Lines GetEnumerator() => this;

        public bool MoveNext()
        {
            if (_next > _text.Length)
            {
                return false;
            }

            int found = _text.AsSpan(_next).IndexOfAny(LineBreaks);
            int end = found < 0 ? _text.Length : _next + found;
            Current = _text.AsSpan(_next, end - _next);
            _next = end + 1;
            return true;
        }
    }
}
