using CorpusLint.Syntax;

namespace CorpusLint.Semantics;

/// <summary>
/// Answers questions about an article that need more than one line to answer: where the body is, how
/// prose-like a line is, which words the body uses, where else a sentence occurs. Rules ask the model
/// instead of re-deriving these facts, and each fact is computed once, on first use.
/// </summary>
public sealed class SemanticModel
{
    private readonly Lazy<double[]> _proseScores;
    private readonly Lazy<BodyRegion> _body;
    private readonly Lazy<Dictionary<string, int>> _bodyVocabulary;
    private readonly Lazy<SentenceIndex> _sentences;

    public SemanticModel(ArticleTree tree)
    {
        Tree = tree;
        _proseScores = new Lazy<double[]>(() => tree.Lines.Select(ProseScorer.Score).ToArray());
        _body = new Lazy<BodyRegion>(() => BodyRegion.Find(tree, _proseScores.Value));
        _bodyVocabulary = new Lazy<Dictionary<string, int>>(BuildBodyVocabulary);
        _sentences = new Lazy<SentenceIndex>(() => SentenceIndex.Build(tree));
    }

    public ArticleTree Tree { get; }

    /// <summary>The first non-blank line: the headline in a clean article.</summary>
    public ArticleLine? Title => Tree.Lines.FirstOrDefault(l => !l.IsBlank);

    /// <summary>The lines where the article's prose is densest.</summary>
    public BodyRegion Body => _body.Value;

    /// <summary>How much a line reads like article prose, from 0 (a label) to 1 (a full paragraph).</summary>
    public double ProseScore(ArticleLine line) => _proseScores.Value[line.Index];

    /// <summary>Content words of the body's prose with their counts, lowercased.</summary>
    public IReadOnlyDictionary<string, int> BodyVocabulary => _bodyVocabulary.Value;

    public SentenceIndex Sentences => _sentences.Value;

    /// <summary>Share of a text's content words that the body also uses: is this headline about this article?</summary>
    public double TopicOverlap(string text)
    {
        var words = WordTokenizer.Words(text).Where(IsContentWord).Distinct().ToList();
        if (words.Count == 0)
        {
            return 0;
        }

        return (double)words.Count(BodyVocabulary.ContainsKey) / words.Count;
    }

    public static bool IsContentWord(string lowercaseWord) =>
        lowercaseWord.Length >= 3 && !Stopwords.English.Contains(lowercaseWord) && !lowercaseWord.All(char.IsDigit);

    private Dictionary<string, int> BuildBodyVocabulary()
    {
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = Body.FirstLine; i <= Body.LastLine && i >= 0; i++)
        {
            var line = Tree.Lines[i];
            if (ProseScore(line) < ProseScorer.ProseThreshold)
            {
                continue;
            }

            foreach (var word in WordTokenizer.Words(line.Text))
            {
                if (IsContentWord(word))
                {
                    vocabulary[word] = vocabulary.GetValueOrDefault(word) + 1;
                }
            }
        }

        return vocabulary;
    }
}
