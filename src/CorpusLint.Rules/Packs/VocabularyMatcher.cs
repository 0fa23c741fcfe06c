using System.Text.RegularExpressions;
using CorpusLint.Syntax;

namespace CorpusLint.Rules.Packs;

/// <summary>
/// Matches a line that is mostly interface words (`Log In | Register`, `Share | Print | Comments`): the words
/// of the vocabulary found in it, as whole words, cover at least a given share of its letters. A title such as
/// `Make Movies from Your Photos` names one such word among others and is left alone, and so is a line of code.
/// Terms are whole words (`\b` at both ends), so they should start and end with a letter or digit.
/// </summary>
public sealed class VocabularyMatcher
{
    private readonly PackRegex _terms;
    private readonly double _minCoverage;
    private readonly VocabularyWords? _words;
    private readonly VocabularyTerms? _ascii;

    /// <param name="terms">A regex of the vocabulary's terms, built from <see cref="PatternOf"/>.</param>
    /// <param name="minCoverage">The share of a line's letters the terms must cover.</param>
    /// <param name="words">The terms' words, which bound the cover before the regex runs (<see cref="VocabularyWords.Of"/>); null for no bound.</param>
    /// <param name="ascii">The terms matched without the regex on an ASCII line (<see cref="VocabularyTerms.Of"/>); null to ask the regex about every line.</param>
    public VocabularyMatcher(PackRegex terms, double minCoverage, VocabularyWords? words, VocabularyTerms? ascii = null)
    {
        _terms = terms;
        _minCoverage = minCoverage;
        _words = words;
        _ascii = ascii;
    }

    /// <summary>The regex that finds the vocabulary's terms as whole words, the longest first.</summary>
    public static string PatternOf(IEnumerable<string> terms)
    {
        var alternatives = OrderedTerms(terms).Select(t => Regex.Escape(t).Replace("\\ ", "\\s+", StringComparison.Ordinal));
        return $@"\b({string.Join('|', alternatives)})\b";
    }

    /// <summary>The terms in the order the regex tries them: trimmed, the longest first (terms of one length in their own order).</summary>
    internal static IReadOnlyList<string> OrderedTerms(IEnumerable<string> terms) =>
        [.. terms.Select(t => t.Trim()).Where(t => t.Length > 0).OrderByDescending(t => t.Length)];

    /// <summary>Whether the terms cover enough of the line's letters (<see cref="LineFeatures.LetterCount"/>: the parser counted them).</summary>
    public bool Covers(ArticleLine articleLine)
    {
        string line = articleLine.Text;
        if (IsCode(line))
        {
            return false;
        }

        int letters = articleLine.Features.LetterCount;
        if (letters == 0)
        {
            return false;
        }

        double needed = _minCoverage * letters;
        if (_ascii?.Covers(line, letters, needed) is { } covers)
        {
            return covers;
        }

        return (_words is null || _words.MayCover(line, letters, needed))
            && _terms.Run(line, CoveredLetters) >= needed;
    }

    /// <summary>The letters inside the terms' matches in the line: what the cover is measured in.</summary>
    internal static int CoveredLetters(Regex terms, string line)
    {
        int covered = 0;
        foreach (var match in terms.EnumerateMatches(line))
        {
            covered += CountLetters(line.AsSpan(match.Index, match.Length));
        }

        return covered;
    }

    /// <summary>
    /// A line of program code in an article's sample (`return json.photos.photo;`, `fetch("/login", {`) uses
    /// interface words as names, not as labels: it ends as a statement or a block does.
    /// </summary>
    private static bool IsCode(string line)
    {
        var trimmed = line.AsSpan().TrimEnd();
        return trimmed.Length > 0 && trimmed[^1] is ';' or '{' or '}';
    }

    internal static int CountLetters(ReadOnlySpan<char> text)
    {
        int letters = 0;
        foreach (char c in text)
        {
            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters;
    }
}
