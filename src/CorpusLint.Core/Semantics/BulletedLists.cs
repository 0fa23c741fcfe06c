using CorpusLint.Syntax;

namespace CorpusLint.Semantics;

/// <summary>
/// Bulleted lists whose bullets stand on lines of their own (a line `•`, then the item): a scraper's way of printing
/// an HTML list. Each bullet line is claimed as a line of symbols, and a block holding a claimed line is junk, a strong
/// separator: the body search would cut such a list, and the article around it, apart. When most of the list's items
/// end in a full stop (steps, findings, requirements: sentences), the list is the article's text: its bullets are its
/// structure, not separators, and the list is one piece of text for the body search. A bulleted menu or a list of
/// other stories' headlines (no full stops) keeps its bullets as junk. Either way the bullet lines themselves are
/// removed (CL1005); the items stay.
/// </summary>
public static class BulletedLists
{
    /// <summary>A list needs at least this many bulleted items...</summary>
    public const int MinItems = 2;

    /// <summary>...and at least this share of them ending in a full stop.</summary>
    public const double MinSentenceShare = 0.5;

    // Typographic list markers: a line holding one of these and nothing else is a bullet.
    private const string Bullets = "•◦‣⁃∙·▪▫■□●○◆◇►▸▹▶➢➤✓✔*-–—>»→";

    /// <summary>
    /// Marks the blocks of every list of sentences <see cref="BlockFacts.InBulletedList"/>; the blocks holding its
    /// bullets are no longer junk (nor a sign of a scraped page). Changes <paramref name="facts"/> in place and returns it.
    /// </summary>
    public static BlockFacts[] MarkSentenceLists(ArticleTree tree, BlockFacts[] facts, ReadOnlySpan<IBoilerplateSignal?> claims)
    {
        int i = 0;
        while (i < facts.Length)
        {
            int items = 0, sentences = 0, end = i;
            while (NextEntry(tree, facts, claims, end) is { } entry)
            {
                items += entry.Items;
                sentences += entry.Sentences;
                end = entry.Next;
            }

            if (items >= MinItems && sentences >= MinSentenceShare * items)
            {
                for (int b = i; b < end; b++)
                {
                    facts[b] = HoldsBullet(tree, tree.Blocks[b])
                        ? facts[b] with { IsJunk = false, IsFurniture = false, InBulletedList = true }
                        : facts[b] with { InBulletedList = true };
                }
            }

            i = end == i ? i + 1 : end;
        }

        return facts;
    }

    /// <summary>
    /// The list entry starting at block <paramref name="b"/>: a bullet block and the item block after it (blank
    /// lines between), or one block of bullets each followed by its item's lines; null when none starts there.
    /// </summary>
    private static (int Next, int Items, int Sentences)? NextEntry(ArticleTree tree, BlockFacts[] facts, ReadOnlySpan<IBoilerplateSignal?> claims, int b)
    {
        if (b >= facts.Length)
        {
            return null;
        }

        var block = tree.Blocks[b];
        if (block.LineCount == 1)
        {
            return IsBullet(tree.Lines[block.FirstLine]) && b + 1 < facts.Length && !facts[b + 1].IsJunk
                ? (b + 2, 1, EndsWithFullStop(tree.Lines[tree.Blocks[b + 1].LastLine]) ? 1 : 0)
                : null;
        }

        // One block: bullet, item line(s), bullet, item line(s)...; nothing else in it is claimed.
        if (!IsBullet(tree.Lines[block.FirstLine]) || IsBullet(tree.Lines[block.LastLine]))
        {
            return null;
        }

        int items = 0, sentences = 0;
        for (int l = block.FirstLine; l <= block.LastLine; l++)
        {
            var line = tree.Lines[l];
            if (IsBullet(line))
            {
                if (IsBullet(tree.Lines[l + 1]))
                {
                    return null;
                }

                items++;
            }
            else if (claims[l] is not null)
            {
                return null;
            }
            else if (l == block.LastLine || IsBullet(tree.Lines[l + 1]))
            {
                sentences += EndsWithFullStop(line) ? 1 : 0;
            }
        }

        return (b + 1, items, sentences);
    }

    private static bool HoldsBullet(ArticleTree tree, ArticleBlock block) => IsBullet(tree.Lines[block.FirstLine]);

    private static bool IsBullet(ArticleLine line)
    {
        var text = line.TrimmedText;
        return text.Length == 1 && Bullets.Contains(text[0]);
    }

    // A full stop, perhaps inside closing quotes or a bracket, and no ellipsis: headlines and menu entries don't end
    // so, and a question is a teaser's shape as often as a sentence's.
    private static bool EndsWithFullStop(ArticleLine line) =>
        !line.Features.EndsWithEllipsis && HeadlineShape.EndsWithFullStop(line.Text);
}
