using CorpusLint.Syntax;

namespace CorpusLint.Semantics;

/// <summary>
/// Where the article is on the page, block by block. The body is the best-scoring run of blocks (Kadane's
/// maximum-sum run): a prose block adds its words, a junk block costs a lot, anything else a little, so long
/// prose wins and menus, share bars and teaser lists fall outside (a bulleted list of sentences is no separator:
/// <see cref="BulletedLists"/>). Then the run is widened over a few neutral
/// blocks (lead-in and closing lines), far runs nearly as strong are kept too (an article split by a gallery),
/// a comment thread is cut off its end, and the plain headline replaces the decorated page title.
/// </summary>
public sealed class ArticleLayout
{
    /// <summary>Body-search cost of a block that is neither prose nor junk (subheading, dateline, list item); the bullets and items of a bulleted list of sentences cost nothing.</summary>
    public const int NeutralCost = 3;

    /// <summary>Body-search cost of a junk block: share bars and bylines are strong separators.</summary>
    public const int JunkCost = 40;

    /// <summary>Neutral blocks the body may take in at each end.</summary>
    public const int MaxExtension = 3;

    /// <summary>Any other run scoring at least this share of the body's score is article text too (an article split by a gallery).</summary>
    public const double SecondaryShare = 0.3;

    /// <summary>
    /// Below this share of page-furniture blocks the page is already clean: all of it is body. Metadata alone
    /// (bylines, dates) doesn't count: a clean article may carry it, a dated blog archive a lot of it. Nor does
    /// furniture in the last block alone: a clean article may end with a footer line.
    /// </summary>
    public const double CleanPageJunkShare = 0.02;

    /// <summary>The headline replaces the page title only if it stands at most this many blocks before the body.</summary>
    public const int HeadlineWindow = 40;

    private ArticleLayout(BlockRole[] roles, int titleBlock, int firstBodyBlock, int lastBodyBlock)
    {
        Roles = roles;
        TitleBlock = titleBlock;
        FirstBodyBlock = firstBodyBlock;
        LastBodyBlock = lastBodyBlock;
    }

    /// <summary>The role of each block, by block index.</summary>
    public IReadOnlyList<BlockRole> Roles { get; }

    /// <summary>The block kept as the title, or -1 for a page with no content.</summary>
    public int TitleBlock { get; }

    /// <summary>First block of the main body run (before any comment cut), or -1.</summary>
    public int FirstBodyBlock { get; }

    /// <summary>Last block of the main body run after the comment cut, or -2.</summary>
    public int LastBodyBlock { get; }

    public static ArticleLayout Find(ArticleTree tree, IReadOnlyList<BlockFacts> facts)
    {
        int n = tree.Blocks.Length;
        var roles = new BlockRole[n];
        int title = 0;
        while (title < n && facts[title].IsAllClaimed)
        {
            title++;
        }

        if (title >= n)
        {
            Array.Fill(roles, BlockRole.BeforeBody);
            return new ArticleLayout(roles, -1, -1, -2);
        }

        var (start, end, best) = FindBody(facts, title, n);
        var secondary = new List<(int Start, int End)>();
        if (best > 0)
        {
            (start, end) = Extend(facts, title, start, end);
            var pending = new Stack<(int Lo, int Hi)>([(title + 1, start), (end + 1, n)]);
            while (pending.Count > 0)
            {
                var (lo, hi) = pending.Pop();
                var run = BestRun(facts, lo, hi);
                if (run.Start >= 0 && run.Score >= SecondaryShare * best)
                {
                    secondary.Add((run.Start, run.End));
                    pending.Push((lo, run.Start));
                    pending.Push((run.End + 1, hi));
                }
            }
        }

        int commentStart = CommentCut(tree, facts, start, end);
        for (int i = 0; i < n; i++)
        {
            roles[i] = i < start ? BlockRole.BeforeBody
                : i > end ? BlockRole.AfterBody
                : i >= commentStart ? BlockRole.CommentThread
                : BlockRole.Body;
        }

        foreach (var (s, e) in secondary)
        {
            Array.Fill(roles, BlockRole.Body, s, e - s + 1);
        }

        int lastBody = commentStart <= end ? commentStart - 1 : end;
        AssignTitle(tree, facts, roles, title, start, lastBody);
        return new ArticleLayout(roles, title, start, lastBody);
    }

    private static (int Start, int End, int Score) FindBody(IReadOnlyList<BlockFacts> facts, int title, int n)
    {
        int junk = 0, junkBeforeLast = 0;
        for (int i = 0; i < n; i++)
        {
            junk += facts[i].IsFurniture ? 1 : 0;
            junkBeforeLast += facts[i].IsFurniture && i < n - 1 ? 1 : 0;
        }

        // One footer line at the very end (a copyright, a contact line) is what a clean article may carry too.
        if (junk < CleanPageJunkShare * n || junkBeforeLast == 0)
        {
            return (title + 1, n - 1, 0);
        }

        var run = BestRun(facts, title + 1, n);
        return run.Start < 0 ? (title + 1, n - 1, 0) : run;
    }

    /// <summary>Kadane over blocks [lo, hi): the run with the highest sum, or Start = -1 when none is positive.</summary>
    private static (int Start, int End, int Score) BestRun(IReadOnlyList<BlockFacts> facts, int lo, int hi)
    {
        int best = 0, bestStart = -1, bestEnd = -1, current = 0, start = lo;
        for (int i = lo; i < hi; i++)
        {
            if (current <= 0)
            {
                current = 0;
                start = i;
            }

            var f = facts[i];
            current += f.IsJunk ? -JunkCost : f.IsProse ? f.WordCount : f.InBulletedList ? 0 : -NeutralCost;
            if (current > best)
            {
                (best, bestStart, bestEnd) = (current, start, i);
            }
        }

        return (bestStart, bestEnd, best);
    }

    // A bulleted list of sentences is one piece of text: its blocks don't count as blocks taken in.
    private static (int Start, int End) Extend(IReadOnlyList<BlockFacts> facts, int title, int start, int end)
    {
        for (int k = 0; k < MaxExtension && start - 1 > title && !facts[start - 1].IsJunk;)
        {
            start--;
            k += facts[start].InBulletedList ? 0 : 1;
        }

        for (int k = 0; k < MaxExtension && end + 1 < facts.Count && !facts[end + 1].IsJunk;)
        {
            end++;
            k += facts[end].InBulletedList ? 0 : 1;
        }

        return (start, end);
    }

    /// <summary>
    /// Where readers' comments start inside the body run (a header such as `12 Comments`, or the first of two
    /// or more signature lines), or past the end when there are none. Never cuts away the larger part.
    /// </summary>
    private static int CommentCut(ArticleTree tree, IReadOnlyList<BlockFacts> facts, int start, int end)
    {
        var signatures = new List<int>();
        for (int i = start + 1; i <= end; i++)
        {
            var block = tree.Blocks[i];
            int words = facts[i].WordCount;
            if (words > Math.Max(CommentMarkers.HeaderMaxWords, CommentMarkers.SignatureMaxWords))
            {
                continue;
            }

            string text = HeadlineFinder.BlockText(tree, block);
            if (words <= CommentMarkers.HeaderMaxWords && CommentMarkers.IsHeader(text) && MostProseBefore(facts, start, i, end))
            {
                return i;
            }

            if (words <= CommentMarkers.SignatureMaxWords && CommentMarkers.IsSignature(text))
            {
                signatures.Add(i);
            }
        }

        return signatures.Count >= 2 && MostProseBefore(facts, start, signatures[0], end) ? signatures[0] : end + 1;
    }

    private static bool MostProseBefore(IReadOnlyList<BlockFacts> facts, int start, int cut, int end)
    {
        int before = 0, after = 0;
        for (int i = start; i <= end; i++)
        {
            if (facts[i].IsProse)
            {
                if (i < cut)
                {
                    before += facts[i].WordCount;
                }
                else
                {
                    after += facts[i].WordCount;
                }
            }
        }

        return before >= after;
    }

    /// <summary>
    /// The plain headline, when the page has one near the body, is the title and the decorated page-title line
    /// goes, with what stands between them (the site's menus, even on a page otherwise taken as clean); prose
    /// between the headline and the body (a standfirst under a byline) is article text.
    /// Otherwise the first content block stays the title.
    /// </summary>
    private static void AssignTitle(ArticleTree tree, IReadOnlyList<BlockFacts> facts, BlockRole[] roles, int title, int start, int lastBody)
    {
        int headline = HeadlineFinder.Find(tree, title, facts);
        if (headline < 0 || headline > lastBody || start - headline > HeadlineWindow)
        {
            roles[title] = BlockRole.Title;
            return;
        }

        roles[title] = BlockRole.DecoratedTitle;
        roles[headline] = BlockRole.Title;
        for (int i = title + 1; i < headline; i++)
        {
            if (roles[i] == BlockRole.Body)
            {
                roles[i] = BlockRole.BeforeBody;
            }
        }

        for (int i = headline + 1; i < start; i++)
        {
            if (facts[i].IsProse && !facts[i].IsJunk)
            {
                roles[i] = BlockRole.Body;
            }
        }
    }
}
