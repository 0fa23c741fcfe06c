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

    public string Bold(string text) => Wrap("1", text);

    public string Dim(string text) => Wrap("2", text);

    public string Red(string text) => Wrap("1;31", text);

    public string Yellow(string text) => Wrap("1;33", text);

    public string Blue(string text) => Wrap("1;34", text);

    public string Cyan(string text) => Wrap("36", text);

    private string Wrap(string code, string text) => enabled && text.Length > 0 ? $"\u001b[{code}m{text}\u001b[0m" : text;
}
