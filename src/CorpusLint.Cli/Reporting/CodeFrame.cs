using System.Globalization;
using System.Text;
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

    private const string Ellipsis = "…";

    // "<U+200B>": how an invisible character is shown.
    private const int CodePointWidth = 8;

    /// <summary>The frame for a diagnostic at <paramref name="location"/> on the line whose text is <paramref name="line"/>.</summary>
    public static IReadOnlyList<string> Render(string line, Location location, AnsiStyle style, Func<string, string> caretColour)
    {
        int start = Math.Min(location.Start.Character, line.Length);
        int end = location.End.Line == location.Start.Line ? Math.Min(location.End.Character, line.Length) : line.Length;

        // Display columns of the flagged characters, then a window of at most MaxWidth around them. Lines run to
        // thousands of characters and a large run shows a million frames, so only the window is built.
        int caretStart = Width(line, 0, start);
        int caretLength = Math.Max(1, Width(line, start, Math.Max(0, end - start)));
        int shownLength = caretStart + Width(line, start, line.Length - start);
        int windowStart = caretStart + caretLength <= MaxWidth ? 0 : Math.Max(0, caretStart - MaxWidth / 4);
        int windowEnd = Math.Min(shownLength, windowStart + MaxWidth);
        caretLength = Math.Max(1, Math.Min(caretLength, windowEnd - caretStart));
        string prefix = windowStart > 0 ? Ellipsis : string.Empty;
        string body = prefix + Shown(line, windowStart, windowEnd) + (windowEnd < shownLength ? Ellipsis : string.Empty);

        string number = (location.Start.Line + 1).ToString(CultureInfo.InvariantCulture);
        string gutter = new(' ', number.Length);
        string caretPad = new(' ', prefix.Length + caretStart - windowStart);
        return
        [
            style.Cyan($"{gutter} |"),
            style.Cyan($"{number} |") + (body.Length > 0 ? " " + body : string.Empty),
            style.Cyan($"{gutter} |") + " " + caretPad + caretColour(new string('^', caretLength)),
        ];
    }

    // Each character as it is displayed: tabs and other white space as a space, control and format characters
    // by code point (eight columns), the rest as they are.
    private static bool IsShownByCodePoint(char c) =>
        c != '\t' && char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format;

    private static int Width(string line, int from, int count)
    {
        int width = 0;
        foreach (char c in line.AsSpan(from, count))
        {
            width += IsShownByCodePoint(c) ? CodePointWidth : 1;
        }

        return width;
    }

    // The displayed line between two display columns; a code point cut by the window's edge is cut too.
    private static string Shown(string line, int windowStart, int windowEnd)
    {
        var shown = new StringBuilder(windowEnd - windowStart);
        int column = 0;
        foreach (char c in line)
        {
            if (column >= windowEnd)
            {
                break;
            }

            if (IsShownByCodePoint(c))
            {
                if (column + CodePointWidth > windowStart)
                {
                    int from = Math.Max(0, windowStart - column);
                    shown.Append($"<U+{(int)c:X4}>", from, Math.Min(CodePointWidth, windowEnd - column) - from);
                }

                column += CodePointWidth;
                continue;
            }

            if (column >= windowStart)
            {
                shown.Append(c == '\t' || char.IsWhiteSpace(c) ? ' ' : c);
            }

            column++;
        }

        return shown.ToString();
    }
}
