namespace CorpusLint.Semantics;

/// <summary>Splits text into words (runs of letters, digits and inner apostrophes) without allocating a regex.</summary>
public static class WordTokenizer
{
    public static List<string> Words(ReadOnlySpan<char> text, bool lowercase = true)
    {
        var words = new List<string>();
        int start = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            bool inWord = i < text.Length && (char.IsLetterOrDigit(text[i])
                || (text[i] is '\'' or '’' && start >= 0 && i + 1 < text.Length && char.IsLetter(text[i + 1])));
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(lowercase ? Lowercase(text[start..i]) : text[start..i].ToString());
                start = -1;
            }
        }

        return words;
    }

    // One string per word: lowercased straight from the text, not copied and then lowercased.
    private static string Lowercase(ReadOnlySpan<char> word)
    {
        Span<char> lower = word.Length <= 256 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(lower);
        return lower.ToString();
    }

    /// <summary>
    /// A comparison key for "is this the same sentence?": lowercase letters and digits only, single spaces.
    /// Quote marks, dashes and a missing final period then don't hide a duplicate.
    /// </summary>
    public static string ComparisonKey(ReadOnlySpan<char> text) => string.Join(' ', Words(text));
}
