using CorpusLint.Syntax;

namespace CorpusLint.Semantics;

/// <summary>
/// Scores how much one line reads like running prose. Long lines that end a sentence and are full of
/// function words score high; labels, menu items and headlines score low.
/// </summary>
public static class ProseScorer
{
    /// <summary>At or above this score a line counts as prose.</summary>
    public const double ProseThreshold = 0.5;

    public static double Score(ArticleLine line)
    {
        var f = line.Features;
        if (f.IsBlank)
        {
            return 0;
        }

        // Scripts written without spaces (CJK) have few "words"; letters stand in for length there.
        double length = Math.Max(f.WordCount / 20.0, f.LetterCount / 100.0);
        double score = Math.Min(1.0, length);
        if (!f.EndsWithSentencePunctuation)
        {
            score *= 0.5;
        }

        if (f.ContainsUrl || f.ContainsEmail)
        {
            score *= 0.5;
        }

        return score;
    }
}
