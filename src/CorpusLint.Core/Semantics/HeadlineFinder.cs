using System.Text.RegularExpressions;
using CorpusLint.Syntax;

namespace CorpusLint.Semantics;

/// <summary>
/// Finds the plain headline that a page's decorated &lt;title&gt; line repeats (`Headline | Site`,
/// `Site: Section : Headline`, a breadcrumb ending in it): the first later block whose words equal one of the
/// title's separated parts, or make up most of the title.
/// </summary>
public static partial class HeadlineFinder
{
    private const int MaxHeadlineWords = 40;

    /// <summary>The headline's block index, or -1. Only blocks up to the first prose block count (that block
    /// too: a long headline reads as prose): a match after the article has started is a subheading or a quote,
    /// not the headline.</summary>
    public static int Find(ArticleTree tree, int titleBlock, IReadOnlyList<BlockFacts> facts)
    {
        var titleText = BlockText(tree, tree.Blocks[titleBlock]);
        var titleKey = WordTokenizer.ComparisonKey(titleText);
        var parts = TitleSeparator().Split(titleText)
            .Select(p => WordTokenizer.ComparisonKey(p))
            .Where(k => k.Length > 0)
            .ToHashSet(StringComparer.Ordinal);
        for (int i = titleBlock + 1; i < tree.Blocks.Length; i++)
        {
            // Compared before the prose check: a long headline (ten words, a few of them function words) reads as prose.
            if (facts[i].WordCount <= MaxHeadlineWords)
            {
                var key = WordTokenizer.ComparisonKey(BlockText(tree, tree.Blocks[i]));
                int words = key.Length == 0 ? 0 : key.AsSpan().Count(' ') + 1;
                if (key.Length > 0 && key != titleKey
                    && ((words >= 2 && parts.Contains(key)) || (words >= 3 && titleKey.Contains(key, StringComparison.Ordinal) && key.Length * 2 >= titleKey.Length)))
                {
                    return i;
                }
            }

            if (facts[i].IsProse)
            {
                return -1;
            }
        }

        return -1;
    }

    internal static string BlockText(ArticleTree tree, ArticleBlock block) =>
        block.LineCount == 1
            ? tree.Lines[block.FirstLine].Text
            : string.Join(' ', Enumerable.Range(block.FirstLine, block.LineCount).Select(i => tree.Lines[i].Text));

    [GeneratedRegex(@"\s+[|\-–—:»«·•/]+\s+|\s*::\s*|\s*\|\s*")]
    private static partial Regex TitleSeparator();
}
