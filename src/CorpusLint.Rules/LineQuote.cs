namespace CorpusLint.Rules;

/// <summary>How a message quotes the line it reports: trimmed, and cut with `…` so a paragraph stays readable.</summary>
public static class LineQuote
{
    public const int MaxLength = 60;

    public static string Of(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length <= MaxLength ? trimmed : trimmed[..(MaxLength - 1)] + "…";
    }
}
