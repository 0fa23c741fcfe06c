using System.Text.RegularExpressions;

namespace CorpusLint.Rules.Packs;

/// <summary>
/// Matches a line that is mostly interface words (`Log In | Register`, `Share | Print | Comments`): the words
/// of the vocabulary found in it, as whole words, cover at least a given share of its letters. A title such as
/// `Make Movies from Your Photos` names one such word among others and is left alone. Terms are whole
/// words (`\b` at both ends), so they should start and end with a letter or digit.
/// </summary>
public sealed class VocabularyMatcher
{
    private readonly Regex _terms;
    private readonly double _minCoverage;

    public VocabularyMatcher(IEnumerable<string> terms, double minCoverage, RegexOptions options, TimeSpan timeout)
    {
        var alternatives = terms
            .Select(t => t.Trim())
            .Where(t => t.Length > 0)
            .OrderByDescending(t => t.Length)
            .Select(t => Regex.Escape(t).Replace("\\ ", "\\s+", StringComparison.Ordinal));
        _terms = new Regex($@"\b({string.Join('|', alternatives)})\b", options, timeout);
        _minCoverage = minCoverage;
    }

    public bool Covers(string line)
    {
        int letters = CountLetters(line);
        if (letters == 0)
        {
            return false;
        }

        int covered = 0;
        foreach (var match in _terms.EnumerateMatches(line))
        {
            covered += CountLetters(line.AsSpan(match.Index, match.Length));
        }

        return covered >= _minCoverage * letters;
    }

    private static int CountLetters(ReadOnlySpan<char> text)
    {
        int letters = 0;
        foreach (char c in text)
        {
            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters;
    }
}
