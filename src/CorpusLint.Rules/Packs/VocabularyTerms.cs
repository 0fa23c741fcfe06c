namespace CorpusLint.Rules.Packs;

/// <summary>
/// A vocabulary's terms matched on an ASCII line without the regex, as the regex of <see cref="VocabularyMatcher.PatternOf"/>
/// matches them: from left to right, at each word's start the first term (in the pattern's order) that matches
/// there, ignoring case, with one or more spaces where the term has a space, up to a word boundary; the next
/// search starts where a match ends. The cover is counted as it goes, and the walk stops once more letters than the
/// line can spare are left uncovered.
/// </summary>
/// <remarks>
/// Every short line that might be a vocabulary line went through the terms' word lookups (<see cref="VocabularyWords"/>),
/// then an enumeration of the regex's matches (a 170-term alternation): over three folders of the corpus 184 M
/// instructions, 98 M of them the lookups and 73 M the regex; 108 M this way. Only terms of ASCII characters that
/// begin with a word character and hold no whitespace but spaces are matched here (anything else keeps the regex),
/// and only ASCII lines: ignoring case, the engine takes some other characters for ASCII letters (the Kelvin sign for
/// `k`), and `\s` and `\w` match characters beyond ASCII. On ASCII, `\w` is a letter, a digit or `_`, `\s` is a space
/// or one of `\t\n\v\f\r`, and ignoring case is ignoring ASCII case.
/// </remarks>
public sealed class VocabularyTerms
{
    // The terms, lowercased, by their first two characters (0 for none), each list in the pattern's order: a term
    // that begins otherwise cannot match where the line begins a word with these. A term of one character, or whose
    // second is a space (which `\s+` matches with any space), stands under every second character of its first.
    private readonly string[]?[]?[] _byStart = new string[128][][];

    private VocabularyTerms(IEnumerable<string> terms)
    {
        // Built at start-up: a list for each second character the group's terms have, the others sharing the list of
        // the terms that stand under every one (asking all 128 of each group cost a sixth of a one-article check).
        static bool UnderEvery(string term) => term.Length == 1 || term[1] == ' ';
        foreach (var group in terms.Select(t => t.ToLowerInvariant()).GroupBy(t => t[0]))
        {
            var underEvery = group.Where(UnderEvery).ToArray();
            var bySecond = new string[]?[128];
            Array.Fill(bySecond, underEvery.Length == 0 ? null : underEvery);
            foreach (char second in group.Where(t => !UnderEvery(t)).Select(t => t[1]).Distinct())
            {
                bySecond[second] = [.. group.Where(t => UnderEvery(t) || t[1] == second)];
            }

            _byStart[group.Key] = bySecond;
        }
    }

    /// <summary>The terms as the regex orders them, or null when one has a character this matcher does not match as the regex does.</summary>
    public static VocabularyTerms? Of(IEnumerable<string> terms)
    {
        var ordered = VocabularyMatcher.OrderedTerms(terms);
        return ordered.Count > 0 && ordered.All(t => VocabularyWords.IsAsciiWordChar(t[0]) && t.All(c => c < 0x80 && (c == ' ' || !char.IsWhiteSpace(c))))
            ? new VocabularyTerms(ordered)
            : null;
    }

    /// <summary>
    /// Whether the terms' matches cover at least <paramref name="needed"/> of the line's <paramref name="letters"/>
    /// letters (all of them ASCII letters), as <see cref="VocabularyMatcher.CoveredLetters"/> counts them; null for a
    /// line with a character beyond ASCII.
    /// </summary>
    public bool? Covers(ReadOnlySpan<char> line, int letters, double needed)
    {
        if (!System.Text.Ascii.IsValid(line))
        {
            return null;
        }

        // Every term begins with a word character, so a match can begin only where a word does: the walk goes from
        // word to word, and a word no term matches at is left uncovered whole (no position inside it is a boundary).
        int spare = MostUncovered(letters, needed);
        int uncovered = 0;
        for (int i = 0; i < line.Length;)
        {
            if (!VocabularyWords.IsAsciiWordChar(line[i]))
            {
                i++;
                continue;
            }

            if (_byStart[Lower(line[i])] is { } bySecond && bySecond[i + 1 < line.Length ? Lower(line[i + 1]) : '\0'] is { } candidates
                && FirstMatchEnd(line, i, candidates) is int end and > 0)
            {
                i = end;
                continue;
            }

            for (; i < line.Length && VocabularyWords.IsAsciiWordChar(line[i]); i++)
            {
                uncovered += char.IsAsciiLetter(line[i]) ? 1 : 0;
            }

            if (uncovered > spare)
            {
                return false;
            }
        }

        return true;
    }

    // The most letters that may be left uncovered, found with the comparison the regex's cover is judged by
    // (covered >= needed), not by subtracting doubles.
    private static int MostUncovered(int letters, double needed)
    {
        int most = Math.Clamp(letters - (int)Math.Ceiling(needed), -1, letters);
        while (most + 1 <= letters && letters - (most + 1) >= needed)
        {
            most++;
        }

        while (most >= 0 && !(letters - most >= needed))
        {
            most--;
        }

        return most;
    }

    // Where the first term (in order) that matches at the start of a word ends, or 0 when none does.
    private static int FirstMatchEnd(ReadOnlySpan<char> line, int start, string[] candidates)
    {
        foreach (var term in candidates)
        {
            if (MatchEnd(line, start, term) is int end and > 0)
            {
                return end;
            }
        }

        return 0;
    }

    private static int MatchEnd(ReadOnlySpan<char> line, int start, string term)
    {
        int at = start;
        for (int t = 0; t < term.Length;)
        {
            if (term[t] == ' ')
            {
                // `\s+` for each space: at least as many spaces as the term has here, then all of them (the term goes
                // on with a character that is no space, so giving one back would not help).
                int spaces = 0;
                for (; t < term.Length && term[t] == ' '; t++)
                {
                    spaces++;
                }

                int run = 0;
                for (; at < line.Length && IsSpace(line[at]); at++)
                {
                    run++;
                }

                if (run < spaces)
                {
                    return 0;
                }

                continue;
            }

            if (at == line.Length || Lower(line[at]) != term[t])
            {
                return 0;
            }

            at++;
            t++;
        }

        return IsBoundary(line, at) ? at : 0;
    }

    // `\b`: a word character on one side and not on the other (the line's ends count as not).
    private static bool IsBoundary(ReadOnlySpan<char> line, int at) =>
        (at > 0 && VocabularyWords.IsAsciiWordChar(line[at - 1])) != (at < line.Length && VocabularyWords.IsAsciiWordChar(line[at]));

    internal static bool IsSpace(char c) => c is ' ' or (>= '\t' and <= '\r');

    private static char Lower(char c) => char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
}
