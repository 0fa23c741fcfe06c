using System.Collections.Immutable;
using CorpusLint.Syntax;

namespace CorpusLint.Semantics;

/// <summary>
/// Which metadata lines (bylines, dates: lines a non-furniture signal claims) stand inside the article's text.
/// Looking past other metadata, such a line has kept article text (the headline or the body) on both sides, or
/// the headline right below it, or the body before it and nothing after it: it is the article's own header
/// (`By Jane Doe` and a date between the headline and the first paragraph, a date printed over the headline),
/// the heading of an entry on a dated page (a diary's `December 21, 2004` between two entries), a photo's
/// credit in the text's flow, or the sign-off that ends the text (`Posted by Jane Doe`). A metadata line at the
/// article's edge or outside it (a page date above the site's menus, credits after the last paragraph with the
/// site's footer after them) has a neighbour that isn't article text.
/// </summary>
internal static class MetadataPlacement
{
    public static bool[] Find(ArticleTree tree, IBoilerplateSignal?[] claims, Func<ArticleLine, BlockRole> roleOf)
    {
        var lines = tree.Lines;
        int n = lines.Length;
        var before = NearestOtherLine(lines, claims, 0, n, 1);
        var after = NearestOtherLine(lines, claims, n - 1, -1, -1);
        var inside = new bool[n];
        for (int i = 0; i < n; i++)
        {
            if (!IsMetadata(claims[i]))
            {
                continue;
            }

            // Nothing but metadata after it, and the body before it: the article's sign-off at the end of the text.
            inside[i] = after[i] < 0
                ? IsArticleText(before[i])
                : IsArticleText(after[i]) && (roleOf(lines[after[i]]) == BlockRole.Title || IsArticleText(before[i]));
        }

        return inside;

        bool IsArticleText(int index) => index >= 0 && claims[index] is null && roleOf(lines[index]) is BlockRole.Body or BlockRole.Title;
    }

    private static bool IsMetadata(IBoilerplateSignal? claim) => claim is { IsPageFurniture: false };

    /// <summary>
    /// One pass in one direction: for each line, the nearest non-blank line on that side that isn't metadata,
    /// or -1. Linear, however long a run of dates.
    /// </summary>
    private static int[] NearestOtherLine(ImmutableArray<ArticleLine> lines, ReadOnlySpan<IBoilerplateSignal?> claims, int from, int to, int step)
    {
        var nearest = new int[lines.Length];
        int last = -1;
        for (int i = from; i != to; i += step)
        {
            nearest[i] = last;
            if (!lines[i].IsBlank && !IsMetadata(claims[i]))
            {
                last = i;
            }
        }

        return nearest;
    }
}
