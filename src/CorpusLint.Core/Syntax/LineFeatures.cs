namespace CorpusLint.Syntax;

/// <summary>Shape facts about one line, computed in a single scan.</summary>
public readonly record struct LineFeatures(
    bool IsBlank,
    int WordCount,
    int LetterCount,
    int UppercaseInitialWords,
    bool EndsWithSentencePunctuation,
    bool EndsWithEllipsis,
    bool StartsWithUppercase,
    bool ContainsUrl,
    bool ContainsEmail)
{
    /// <summary>Share of words that start with a capital letter: headlines and menus are title-cased, prose is not.</summary>
    public double TitleCaseRatio => WordCount == 0 ? 0 : (double)UppercaseInitialWords / WordCount;

    public static LineFeatures Of(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim();
        if (IsWhitespaceOnly(trimmed))
        {
            return default(LineFeatures) with { IsBlank = true };
        }

        int words = 0, letters = 0, upperInitials = 0;
        bool inWord = false;
        foreach (char c in trimmed)
        {
            // Every character of every line passes here: ASCII, most of a corpus, is classified with
            // arithmetic; the Unicode tables answer for the rest.
            bool ascii = c < 128;
            bool space = ascii ? c == ' ' || (uint)(c - '\t') <= '\r' - '\t' : char.IsWhiteSpace(c);
            if (!space && !inWord)
            {
                words++;
                if (ascii ? char.IsAsciiLetterUpper(c) : char.IsUpper(c))
                {
                    upperInitials++;
                }
            }

            inWord = !space;
            if (ascii ? char.IsAsciiLetter(c) : char.IsLetter(c))
            {
                letters++;
            }
        }

        return new LineFeatures(
            IsBlank: false,
            WordCount: words,
            LetterCount: letters,
            UppercaseInitialWords: upperInitials,
            EndsWithSentencePunctuation: EndsWithSentenceEnd(trimmed),
            EndsWithEllipsis: trimmed.EndsWith("...", StringComparison.Ordinal) || trimmed.EndsWith('…'),
            StartsWithUppercase: FirstLetterIsUpper(trimmed),
            ContainsUrl: trimmed.Contains("://", StringComparison.Ordinal) || trimmed.Contains("www.", StringComparison.OrdinalIgnoreCase),
            ContainsEmail: LooksLikeEmail(trimmed));
    }

    // Zero-width and no-break spaces make a line look non-empty while it shows nothing.
    private static bool IsWhitespaceOnly(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (!char.IsWhiteSpace(c) && c is not ('\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool EndsWithSentenceEnd(ReadOnlySpan<char> text)
    {
        // A closing quote ends a quoted sentence; a closing bracket may follow the full stop: "... (AP)."
        if (text[^1] is '"' or '\'' or '”' or '’' or '»')
        {
            return true;
        }

        var withoutBrackets = text.TrimEnd(")]");
        return withoutBrackets.Length > 0 && withoutBrackets[^1] is '.' or '!' or '?' or '…' or '。' or '！' or '？';
    }

    private static bool FirstLetterIsUpper(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (char.IsLetter(c))
            {
                return char.IsUpper(c);
            }
        }

        return false;
    }

    private static bool LooksLikeEmail(ReadOnlySpan<char> text)
    {
        int at = text.IndexOf('@');
        return at > 0 && at < text.Length - 3 && text[(at + 1)..].Contains('.') && !char.IsWhiteSpace(text[at - 1]) && !char.IsWhiteSpace(text[at + 1]);
    }
}
