using CorpusLint.Syntax;

namespace CorpusLint.Semantics;

/// <summary>
/// The span of lines that holds the article's prose: from the first to the last prose line. Junk before
/// and after it (menus, related headlines, footers) is outside; a line inside it is judged more kindly.
/// </summary>
public sealed record BodyRegion(int FirstLine, int LastLine)
{
    public static readonly BodyRegion Empty = new(-1, -2);

    public bool IsEmpty => LastLine < FirstLine;

    public bool Contains(int line) => line >= FirstLine && line <= LastLine;

    public static BodyRegion Find(ArticleTree tree, IReadOnlyList<double> proseScores)
    {
        int first = -1, last = -1;
        for (int i = 0; i < proseScores.Count; i++)
        {
            if (proseScores[i] >= ProseScorer.ProseThreshold)
            {
                if (first < 0)
                {
                    first = i;
                }

                last = i;
            }
        }

        return first < 0 ? Empty : new BodyRegion(first, last);
    }
}
