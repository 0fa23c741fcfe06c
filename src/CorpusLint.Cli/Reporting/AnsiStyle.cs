namespace CorpusLint.Cli.Reporting;

/// <summary>
/// ANSI colours for the text format, or none: colour only when writing to a terminal and NO_COLOR is unset
/// (https://no-color.org), so logs, pipes and files get plain text.
/// </summary>
public sealed class AnsiStyle(bool enabled)
{
    public static readonly AnsiStyle Plain = new(false);

    public bool Enabled => enabled;

    public static bool ShouldColour(bool isTerminal, Func<string, string?> environment) =>
        isTerminal && string.IsNullOrEmpty(environment("NO_COLOR")) && environment("TERM") != "dumb";

    public string Bold(string text) => Wrap(AnsiColour.Bold, text);

    public string Dim(string text) => Wrap(AnsiColour.Dim, text);

    public string Red(string text) => Wrap(AnsiColour.Red, text);

    public string Yellow(string text) => Wrap(AnsiColour.Yellow, text);

    public string Blue(string text) => Wrap(AnsiColour.Blue, text);

    public string Cyan(string text) => Wrap(AnsiColour.Cyan, text);

    /// <summary>
    /// Appends <paramref name="text"/> in a colour, exactly as the methods above return it, without building a
    /// string: the text report writes a million of these. At most <see cref="MaxCodesLength"/> bytes more than the text.
    /// </summary>
    internal void Append(ref Utf8SpanWriter output, AnsiColour colour, scoped ReadOnlySpan<char> text)
    {
        if (!enabled || text.IsEmpty)
        {
            output.Append(text);
            return;
        }

        Open(ref output, colour);
        output.Append(text);
        output.Append(Reset);
    }

    /// <summary>Appends UTF-8 <paramref name="utf8"/> in a colour, like the overload for text.</summary>
    internal void Append(ref Utf8SpanWriter output, AnsiColour colour, scoped ReadOnlySpan<byte> utf8)
    {
        if (!enabled || utf8.IsEmpty)
        {
            output.Append(utf8);
            return;
        }

        Open(ref output, colour);
        output.Append(utf8);
        output.Append(Reset);
    }

    /// <summary>The most bytes the colour codes around a text take.</summary>
    internal const int MaxCodesLength = 11;

    private static ReadOnlySpan<byte> Reset => "\u001b[0m"u8;

    private static void Open(ref Utf8SpanWriter output, AnsiColour colour)
    {
        output.Append("\u001b["u8);
        output.Append(Code(colour));
        output.Append((byte)'m');
    }

    private string Wrap(AnsiColour colour, string text) => enabled && text.Length > 0 ? $"\u001b[{Code(colour)}m{text}\u001b[0m" : text;

    private static string Code(AnsiColour colour) => colour switch
    {
        AnsiColour.Bold => "1",
        AnsiColour.Dim => "2",
        AnsiColour.Red => "1;31",
        AnsiColour.Yellow => "1;33",
        AnsiColour.Blue => "1;34",
        _ => "36",
    };
}

/// <summary>The styles of <see cref="AnsiStyle"/>.</summary>
public enum AnsiColour
{
    Bold,
    Dim,
    Red,
    Yellow,
    Blue,
    Cyan,
}
