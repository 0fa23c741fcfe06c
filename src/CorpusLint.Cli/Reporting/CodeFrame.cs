using System.Globalization;
using System.Runtime.CompilerServices;
using CorpusLint.Diagnostics;

namespace CorpusLint.Cli.Reporting;

/// <summary>
/// The flagged line under a diagnostic, with carets under the flagged characters. Article paragraphs run to
/// thousands of characters, so a long line shows a window around the finding; invisible characters (the
/// ones normalisation rules flag) are shown as &lt;U+200B&gt; so the caret has something to point at.
/// </summary>
public static class CodeFrame
{
    public const int MaxWidth = 100;

    private const char Ellipsis = '…';

    // "<U+200B>": how an invisible character is shown.
    private const int CodePointWidth = 8;

    // The most carets a frame shows (MaxWidth).
    private static readonly string Carets = new('^', MaxWidth);

    /// <summary>
    /// Appends the frame (three lines) for a diagnostic at <paramref name="location"/> on the line whose text is
    /// <paramref name="line"/>. A large run writes a million frames over lines of thousands of characters, so
    /// only the characters up to the window's end are looked at, and nothing is built but the window.
    /// </summary>
    internal static void Append(ref TextBuilder output, string line, Location location, AnsiStyle style, AnsiColour caretColour)
    {
        int start = Math.Min(location.Start.Character, line.Length);
        int end = location.End.Line == location.Start.Line ? Math.Min(location.End.Character, line.Length) : line.Length;

        // Display columns of the flagged characters, then a window of at most MaxWidth around them. Widths past
        // what the window can show are not measured (WidthUpTo stops at its limit).
        int caretStart = WidthUpTo(line, 0, start, int.MaxValue);
        int caretLength = Math.Max(1, WidthUpTo(line, start, Math.Max(0, end - start), MaxWidth + 1));
        int windowStart = caretStart + caretLength <= MaxWidth ? 0 : Math.Max(0, caretStart - MaxWidth / 4);
        int windowLimit = windowStart + MaxWidth;
        int shownLength = caretStart + WidthUpTo(line, start, line.Length - start, windowLimit - caretStart + 1);
        int windowEnd = Math.Min(shownLength, windowLimit);
        caretLength = Math.Max(1, Math.Min(caretLength, windowEnd - caretStart));
        bool cutBefore = windowStart > 0;
        bool cutAfter = windowEnd < shownLength;

        // "12 |" and a gutter as wide: "   |".
        int digits = Digits(location.Start.Line + 1);
        Span<char> number = stackalloc char[digits + 2];
        (location.Start.Line + 1).TryFormat(number, out _, provider: CultureInfo.InvariantCulture);
        " |".CopyTo(number[digits..]);
        Span<char> gutter = stackalloc char[digits + 2];
        gutter[..digits].Fill(' ');
        " |".CopyTo(gutter[digits..]);

        style.Append(ref output, AnsiColour.Cyan, gutter);
        output.AppendLine();

        style.Append(ref output, AnsiColour.Cyan, number);
        if (cutBefore || windowEnd > 0)
        {
            output.Append(' ');
            if (cutBefore)
            {
                output.Append(Ellipsis);
            }

            AppendShown(ref output, line, windowStart, windowEnd);
            if (cutAfter)
            {
                output.Append(Ellipsis);
            }
        }

        output.AppendLine();

        style.Append(ref output, AnsiColour.Cyan, gutter);
        output.Append(' ');
        output.Append(' ', (cutBefore ? 1 : 0) + caretStart - windowStart);
        style.Append(ref output, caretColour, Carets.AsSpan(0, caretLength));
        output.AppendLine();
    }

    /// <summary>How many digits a (positive) line number has: the width of the gutter.</summary>
    internal static int Digits(int number)
    {
        int digits = 1;
        for (; number >= 10; number /= 10)
        {
            digits++;
        }

        return digits;
    }

    // Each character as it is displayed: tabs and other white space as a space, control and format characters
    // by code point (eight columns), the rest as they are. Printable ASCII, most of any line, is one column.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsShownByCodePoint(char c) =>
        (c < ' ' || c > '~') && c != '\t' && char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format;

    /// <summary>The display width of <paramref name="count"/> characters from <paramref name="from"/>, or some width of at least <paramref name="limit"/> once it gets there.</summary>
    private static int WidthUpTo(string line, int from, int count, int limit)
    {
        var rest = line.AsSpan(from, count);
        int width = 0;
        while (!rest.IsEmpty && width < limit)
        {
            // A run of printable ASCII at once (vectorised), then one other character.
            int run = rest.IndexOfAnyExceptInRange(' ', '~');
            if (run < 0)
            {
                return width + rest.Length;
            }

            width += run + (IsShownByCodePoint(rest[run]) ? CodePointWidth : 1);
            rest = rest[(run + 1)..];
        }

        return width;
    }

    // The displayed line between two display columns; a code point cut by the window's edge is cut too.
    private static void AppendShown(ref TextBuilder output, string line, int windowStart, int windowEnd)
    {
        Span<char> shown = stackalloc char[windowEnd - windowStart];
        Span<char> codePoint = stackalloc char[CodePointWidth];
        int length = 0;
        int column = 0;
        int i = 0;
        while (i < line.Length && column < windowEnd)
        {
            // A run of printable ASCII (most of a line) is shown as it is: copied at once, the part before the window skipped.
            int run = line.AsSpan(i).IndexOfAnyExceptInRange(' ', '~');
            run = run < 0 ? line.Length - i : run;
            if (run > 0)
            {
                int skip = Math.Clamp(windowStart - column, 0, run);
                int take = Math.Min(run - skip, windowEnd - column - skip);
                line.AsSpan(i + skip, take).CopyTo(shown[length..]);
                length += take;
                column += skip + take;
                i += skip + take;
                continue;
            }

            char c = line[i++];
            if (IsShownByCodePoint(c))
            {
                if (column + CodePointWidth > windowStart)
                {
                    codePoint.TryWrite(CultureInfo.InvariantCulture, $"<U+{(int)c:X4}>", out _);
                    int from = Math.Max(0, windowStart - column);
                    var part = codePoint[from..Math.Min(CodePointWidth, windowEnd - column)];
                    part.CopyTo(shown[length..]);
                    length += part.Length;
                }

                column += CodePointWidth;
                continue;
            }

            if (column >= windowStart)
            {
                shown[length++] = c == '\t' || char.IsWhiteSpace(c) ? ' ' : c;
            }

            column++;
        }

        output.Append(shown[..length]);
    }
}
