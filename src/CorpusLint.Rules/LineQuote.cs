namespace CorpusLint.Rules;

/// <summary>How a message quotes the line it reports: trimmed, and cut with `…` so a paragraph stays readable.</summary>
public static class LineQuote
{
    public const int MaxLength = 60;

    public static string Of(string text)
    {
        // One string per quote, cut from a slice of the line: a quote goes in every diagnostic's message.
        var trimmed = text.AsSpan().Trim();
        return trimmed.Length > MaxLength ? string.Concat(trimmed[..(MaxLength - 1)], "…")
            : trimmed.Length == text.Length ? text
            : trimmed.ToString();
    }
}
