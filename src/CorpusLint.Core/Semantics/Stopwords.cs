using System.Collections.Frozen;

namespace CorpusLint.Semantics;

/// <summary>
/// English function words. Prose is full of them and menus, headlines and labels are not, which makes
/// their share one of the best cheap signals of running text (jusText uses the same idea).
/// </summary>
public static class Stopwords
{
    public static readonly FrozenSet<string> English = new[]
    {
        "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "because", "been",
        "before", "being", "but", "by", "can", "could", "did", "do", "does", "for", "from", "had", "has", "have",
        "he", "her", "his", "how", "i", "if", "in", "into", "is", "it", "its", "just", "more", "most", "my", "no",
        "not", "of", "on", "one", "only", "or", "other", "our", "out", "over", "said", "she", "so", "some",
        "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "to", "up",
        "was", "we", "were", "what", "when", "where", "which", "while", "who", "will", "with", "would", "you",
        "your",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
