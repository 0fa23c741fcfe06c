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

        int words = 0, letters = 0, upperInitials = 0, inWord = 0;
        foreach (char c in trimmed)
        {
            // Every character of every line passes here. Counting with arithmetic on the character's class, not
            // branches, keeps word boundaries (every few characters) from costing a mispredicted jump each.
            int kind = c < 128 ? AsciiKinds[c] : KindOf(c);
            int wordChar = ~kind & Space;
            int wordStart = wordChar & ~inWord;
            words += wordStart;
            upperInitials += wordStart & (kind >> 2);
            letters += (kind >> 1) & 1;
            inWord = wordChar;
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

    // Character kinds, as bits: the scan adds them up.
    private const int Space = 1;
    private const int Letter = 2;
    private const int Upper = 4;

    private static readonly byte[] AsciiKinds = Enumerable.Range(0, 128).Select(c => (byte)KindOf((char)c)).ToArray();

    // ASCII is classified with arithmetic (once, into AsciiKinds); the Unicode tables answer for the rest.
    private static int KindOf(char c) => c < 128
        ? (c == ' ' || (uint)(c - '\t') <= '\r' - '\t' ? Space : 0) | (char.IsAsciiLetter(c) ? Letter : 0) | (char.IsAsciiLetterUpper(c) ? Upper : 0)
        : (char.IsWhiteSpace(c) ? Space : 0) | (char.IsLetter(c) ? Letter : 0) | (char.IsUpper(c) ? Upper : 0);

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
