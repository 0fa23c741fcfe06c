using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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

    // "<U+200B>": how an invisible character is shown.
    private const int CodePointWidth = 8;

    // The most carets a frame shows (MaxWidth).
    private static ReadOnlySpan<byte> Carets =>
        "^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^"u8;

    private static ReadOnlySpan<byte> Ellipsis => "…"u8;

    /// <summary>
    /// The most bytes a frame takes with line breaks of <paramref name="newLineLength"/> bytes: three gutters of
    /// at most ten digits, four coloured pieces, a window of MaxWidth columns (a column of text at most three
    /// bytes), two ellipses, the carets and the spaces before them.
    /// </summary>
    internal static int MaxLength(int newLineLength) => 3 * 12 + 4 * AnsiStyle.MaxCodesLength + 2 + 3 * MaxWidth + 2 * 3 + 2 * MaxWidth + 2 + 3 * newLineLength;

    /// <summary>
    /// Appends the frame (three lines) for a diagnostic at <paramref name="location"/> on the line whose text is
    /// <paramref name="line"/>, into room for <see cref="MaxLength"/> bytes.
    /// </summary>
    internal static void Append(ref Utf8SpanWriter output, ReadOnlySpan<char> line, Location location, AnsiStyle style, AnsiColour caretColour) =>
        Append<char>(ref output, line, location, style, caretColour);

    /// <summary>
    /// The same frame for a line of plain ASCII given as its bytes (as a file read from the result cache has
    /// it): each byte is the character it encodes, so the frame is the one the line's text would get, and its
    /// window is copied from the bytes without decoding the line.
    /// </summary>
    internal static void Append(ref Utf8SpanWriter output, ReadOnlySpan<byte> asciiLine, Location location, AnsiStyle style, AnsiColour caretColour) =>
        Append<byte>(ref output, asciiLine, location, style, caretColour);

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

    // One implementation for both forms of a line (T is char, or byte for plain ASCII), so they cannot differ. A
    // large run writes a million frames over lines of thousands of characters, so only the characters up to the
    // window's end are looked at, and nothing is built but the window.
    private static void Append<T>(ref Utf8SpanWriter output, ReadOnlySpan<T> line, Location location, AnsiStyle style, AnsiColour caretColour)
        where T : unmanaged, IBinaryInteger<T>
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
        Span<byte> number = stackalloc byte[digits + 2];
        (location.Start.Line + 1).TryFormat(number, out _, provider: CultureInfo.InvariantCulture);
        " |"u8.CopyTo(number[digits..]);
        Span<byte> gutter = stackalloc byte[digits + 2];
        gutter[..digits].Fill((byte)' ');
        " |"u8.CopyTo(gutter[digits..]);

        style.Append(ref output, AnsiColour.Cyan, gutter);
        output.AppendLine();

        style.Append(ref output, AnsiColour.Cyan, number);
        if (cutBefore || windowEnd > 0)
        {
            output.Append((byte)' ');
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
        output.Append((byte)' ');
        output.Append((byte)' ', (cutBefore ? 1 : 0) + caretStart - windowStart);
        style.Append(ref output, caretColour, Carets[..caretLength]);
        output.AppendLine();
    }

    // Each character as it is displayed: tabs and other white space as a space, control and format characters
    // by code point (eight columns), the rest as they are. Printable ASCII, most of any line, is one column.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsShownByCodePoint(char c) =>
        (c < ' ' || c > '~') && c != '\t' && char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format;

    /// <summary>The display width of <paramref name="count"/> characters from <paramref name="from"/>, or some width of at least <paramref name="limit"/> once it gets there.</summary>
    private static int WidthUpTo<T>(ReadOnlySpan<T> line, int from, int count, int limit)
        where T : unmanaged, IBinaryInteger<T>
    {
        var rest = line.Slice(from, count);
        int width = 0;
        while (!rest.IsEmpty && width < limit)
        {
            // A run of printable ASCII at once (vectorised), then one other character.
            int run = rest.IndexOfAnyExceptInRange(T.CreateTruncating(' '), T.CreateTruncating('~'));
            if (run < 0)
            {
                return width + rest.Length;
            }

            width += run + (IsShownByCodePoint((char)ushort.CreateTruncating(rest[run])) ? CodePointWidth : 1);
            rest = rest[(run + 1)..];
        }

        return width;
    }

    // The displayed line between two display columns; a code point cut by the window's edge is cut too.
    private static void AppendShown<T>(ref Utf8SpanWriter output, ReadOnlySpan<T> line, int windowStart, int windowEnd)
        where T : unmanaged, IBinaryInteger<T>
    {
        Span<T> shown = stackalloc T[windowEnd - windowStart];
        Span<char> codePoint = stackalloc char[CodePointWidth];
        int length = 0;
        int column = 0;
        int i = 0;
        while (i < line.Length && column < windowEnd)
        {
            // A run of printable ASCII (most of a line) is shown as it is: copied at once, the part before the window skipped.
            int run = line[i..].IndexOfAnyExceptInRange(T.CreateTruncating(' '), T.CreateTruncating('~'));
            run = run < 0 ? line.Length - i : run;
            if (run > 0)
            {
                int skip = Math.Clamp(windowStart - column, 0, run);
                int take = Math.Min(run - skip, windowEnd - column - skip);
                line.Slice(i + skip, take).CopyTo(shown[length..]);
                length += take;
                column += skip + take;
                i += skip + take;
                continue;
            }

            char c = (char)ushort.CreateTruncating(line[i++]);
            if (IsShownByCodePoint(c))
            {
                if (column + CodePointWidth > windowStart)
                {
                    codePoint.TryWrite(CultureInfo.InvariantCulture, $"<U+{(int)c:X4}>", out _);
                    int from = Math.Max(0, windowStart - column);
                    foreach (char part in codePoint[from..Math.Min(CodePointWidth, windowEnd - column)])
                    {
                        shown[length++] = T.CreateTruncating(part);
                    }
                }

                column += CodePointWidth;
                continue;
            }

            if (column >= windowStart)
            {
                shown[length++] = T.CreateTruncating(c == '\t' || char.IsWhiteSpace(c) ? ' ' : c);
            }

            column++;
        }

        if (typeof(T) == typeof(byte))
        {
            output.Append(MemoryMarshal.Cast<T, byte>(shown[..length]));
        }
        else
        {
            output.Append(MemoryMarshal.Cast<T, char>(shown[..length]));
        }
    }
}
