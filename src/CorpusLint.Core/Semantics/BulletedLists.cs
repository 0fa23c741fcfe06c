using CorpusLint.Syntax;

namespace CorpusLint.Semantics;

/// <summary>
/// Bulleted lists whose bullets stand on lines of their own (a line `•`, then the item, blank lines between): a
/// scraper's way of printing an HTML list. Each bullet line is claimed as a line of symbols, and a claimed block is
/// junk, a strong separator: the body search would cut such a list, and the article around it, apart. When most of
/// the list's items end in a full stop (steps, findings, requirements: sentences), the list is the article's text:
/// its bullets are its structure, not separators, and the list is one piece of text for the body search. A bulleted
/// menu or a list of other stories' headlines (no full stops) keeps its bullets as junk. Either way the bullet lines
/// themselves are removed (CL1005); the items stay.
/// </summary>
public static class BulletedLists
{
    /// <summary>A list needs at least this many bulleted items...</summary>
    public const int MinItems = 2;

    /// <summary>...and at least this share of them ending in a full stop.</summary>
    public const double MinSentenceShare = 0.5;

    // Typographic list markers: a block of one line holding one of these and nothing else is a bullet.
    private const string Bullets = "•◦‣⁃∙·▪▫■□●○◆◇►▸▹▶➢➤✓✔*-–—>»→";

    /// <summary>
    /// Marks the bullets and items of every list of sentences <see cref="BlockFacts.InBulletedList"/>; its bullets are
    /// no longer junk (nor a sign of a scraped page). Changes <paramref name="facts"/> in place and returns it.
    /// </summary>
    public static BlockFacts[] MarkSentenceLists(ArticleTree tree, BlockFacts[] facts)
    {
        int i = 0;
        while (i < facts.Length)
        {
            // A list: bullet, item, bullet, item, ... each item the block right after its bullet.
            int items = 0, sentences = 0, end = i;
            while (end + 1 < facts.Length && IsBullet(tree, tree.Blocks[end]) && !facts[end + 1].IsJunk)
            {
                items++;
                sentences += EndsWithFullStop(tree.Lines[tree.Blocks[end + 1].LastLine]) ? 1 : 0;
                end += 2;
            }

            if (items >= MinItems && sentences >= MinSentenceShare * items)
            {
                for (int bullet = i; bullet < end; bullet += 2)
                {
                    facts[bullet] = facts[bullet] with { IsJunk = false, IsFurniture = false, InBulletedList = true };
                    facts[bullet + 1] = facts[bullet + 1] with { InBulletedList = true };
                }
            }

            i = items == 0 ? i + 1 : end;
        }

        return facts;
    }

    private static bool IsBullet(ArticleTree tree, ArticleBlock block)
    {
        if (block.LineCount != 1)
        {
            return false;
        }

        var text = tree.Lines[block.FirstLine].Text.AsSpan().Trim();
        return text.Length == 1 && Bullets.Contains(text[0]);
    }

    // A full stop, perhaps inside closing quotes or a bracket, and no ellipsis: headlines and menu entries don't end
    // so, and a question is a teaser's shape as often as a sentence's.
    private static bool EndsWithFullStop(ArticleLine line) =>
        !line.Features.EndsWithEllipsis && HeadlineShape.EndsWithFullStop(line.Text);
}
