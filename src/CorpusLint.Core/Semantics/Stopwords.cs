using System.Collections.Frozen;

namespace CorpusLint.Semantics;

/// <summary>
/// English function words. Prose is full of them and menus, headlines and labels are not, which makes
/// their share one of the best cheap signals of running text (jusText uses the same idea). The list is the
/// usual NLTK-style one plus a few reporting words (said, says, however) that news prose is full of.
/// </summary>
public static class Stopwords
{
    public static readonly FrozenSet<string> English = new[]
    {
        "a", "about", "above", "after", "again", "against", "all", "also", "although", "am", "an", "and", "any",
        "are", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by",
        "can", "could", "did", "do", "does", "doing", "down", "during", "each", "even", "few", "for", "from",
        "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself",
        "his", "how", "however", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "like", "many",
        "may", "me", "might", "more", "most", "much", "must", "my", "myself", "no", "nor", "not", "now", "of",
        "off", "on", "once", "one", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own",
        "said", "same", "says", "shall", "she", "should", "since", "so", "some", "still", "such", "than",
        "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this",
        "those", "though", "through", "to", "too", "two", "under", "until", "up", "very", "was", "we", "well",
        "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "yet",
        "you", "your", "yours", "yourself", "yourselves",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = English.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a word (in any case) is a function word, asked of a slice of the text: nothing is allocated.</summary>
    public static bool Contains(ReadOnlySpan<char> word) => Lookup.Contains(word);
}
