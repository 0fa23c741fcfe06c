using CorpusLint.Syntax;

namespace CorpusLint.Semantics;

/// <summary>
/// Every sentence of the article by its comparison key, with the lines it stands in, so a rule can ask
/// "does this sentence occur elsewhere?" in constant time.
/// </summary>
public sealed class SentenceIndex
{
    private readonly Dictionary<string, List<int>> _linesBySentence;

    private SentenceIndex(Dictionary<string, List<int>> linesBySentence) => _linesBySentence = linesBySentence;

    public static SentenceIndex Build(ArticleTree tree)
    {
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var line in tree.Lines)
        {
            if (line.IsBlank)
            {
                continue;
            }

            foreach (var sentence in SentenceSplitter.Split(line.Text))
            {
                var key = WordTokenizer.ComparisonKey(sentence);
                if (key.Length == 0)
                {
                    continue;
                }

                if (!index.TryGetValue(key, out var lines))
                {
                    index[key] = lines = [];
                }

                if (lines.Count == 0 || lines[^1] != line.Index)
                {
                    lines.Add(line.Index);
                }
            }
        }

        return new SentenceIndex(index);
    }

    /// <summary>The lines (zero-based, ascending) holding a sentence with this comparison key.</summary>
    public IReadOnlyList<int> LinesWith(string comparisonKey) =>
        _linesBySentence.TryGetValue(comparisonKey, out var lines) ? lines : [];
}
