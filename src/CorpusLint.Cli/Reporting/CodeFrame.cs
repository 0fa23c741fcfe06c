using System.Globalization;
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

    /// <summary>The frame for a diagnostic at <paramref name="location"/> on the line whose text is <paramref name="line"/>.</summary>
    public static IReadOnlyList<string> Render(string line, Location location, AnsiStyle style, Func<string, string> caretColour)
    {
        int start = Math.Min(location.Start.Character, line.Length);
        int end = location.End.Line == location.Start.Line ? Math.Min(location.End.Character, line.Length) : line.Length;
        var pieces = Visible(line);

        // Display columns of the flagged characters, then a window of at most MaxWidth around them.
        int caretStart = pieces.Take(start).Sum(p => p.Length);
        int caretLength = Math.Max(1, pieces.Skip(start).Take(Math.Max(0, end - start)).Sum(p => p.Length));
        string shown = string.Concat(pieces);
        int windowStart = caretStart + caretLength <= MaxWidth ? 0 : Math.Max(0, caretStart - MaxWidth / 4);
        int windowEnd = Math.Min(shown.Length, windowStart + MaxWidth);
        caretLength = Math.Max(1, Math.Min(caretLength, windowEnd - caretStart));
        string prefix = windowStart > 0 ? Ellipsis : string.Empty;
        string body = prefix + shown[windowStart..windowEnd] + (windowEnd < shown.Length ? Ellipsis : string.Empty);

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

    // Each character as it is displayed: tabs as a space, control and format characters by code point.
    private static List<string> Visible(string line)
    {
        var pieces = new List<string>(line.Length);
        foreach (char c in line)
        {
            var category = char.GetUnicodeCategory(c);
            pieces.Add(c switch
            {
                '\t' => " ",
                _ when category is UnicodeCategory.Control or UnicodeCategory.Format => $"<U+{(int)c:X4}>",
                _ when char.IsWhiteSpace(c) => " ",
                _ => c.ToString(),
            });
        }

        return pieces;
    }
}
