using CorpusLint.Syntax;

namespace CorpusLint.Semantics;

/// <summary>
/// What the body search needs to know about one block (a run of lines between blank lines).
/// </summary>
/// <param name="WordCount">Whitespace-separated words of all its lines.</param>
/// <param name="IsProse">Long enough and full enough of function words (a share of its letter words; running English has 0.4–0.5) to read as running text.</param>
/// <param name="IsJunk">Boilerplate: every line is claimed by a signal, or a short block holds a claimed line (but not a bullet of a list of sentences).</param>
/// <param name="IsAllClaimed">Every line is claimed by a signal: nothing of the block stays.</param>
/// <param name="IsFurniture">Junk with a line of page furniture (not only metadata): a sign the page was scraped.</param>
/// <param name="InBulletedList">Part of a list of sentences whose bullets stand on lines of their own (<see cref="BulletedLists"/>): the list is one piece of text, its bullets no separators.</param>
public readonly record struct BlockFacts(int WordCount, bool IsProse, bool IsJunk, bool IsAllClaimed, bool IsFurniture, bool InBulletedList = false)
{
    /// <summary>Prose blocks have at least this many words...</summary>
    public const int ProseMinWords = 10;

    /// <summary>...and at least this share of function words (running English has 0.4–0.5; a low bar keeps recall).</summary>
    public const double ProseMinStopwordDensity = 0.20;

    /// <summary>A block longer than this is never junk for one claimed line: signals only judge short text.</summary>
    public const int JunkMaxWordsForOneClaimedLine = 25;

    public static BlockFacts Of(ArticleTree tree, ArticleBlock block, ReadOnlySpan<IBoilerplateSignal?> claims)
    {
        int words = 0, claimed = 0;
        bool furniture = false;
        for (int i = block.FirstLine; i <= block.LastLine; i++)
        {
            words += tree.Lines[i].Features.WordCount;
            claimed += claims[i] is null ? 0 : 1;
            furniture |= claims[i]?.IsPageFurniture ?? false;
        }

        bool all = claimed == block.LineCount;
        bool junk = all || (claimed > 0 && words <= JunkMaxWordsForOneClaimedLine);
        return new BlockFacts(words, words >= ProseMinWords && IsDenseInFunctionWords(tree, block), junk, all, junk && furniture);
    }

    // Asked only of a block long enough to be prose: counting every word of every block was 6 % of a check, a fifth
    // of it on blocks too short for the answer to matter. The count stops once the share is certain.
    private static bool IsDenseInFunctionWords(ArticleTree tree, ArticleBlock block)
    {
        // The most letter words the lines not yet counted can hold: all of them, less each line as it is counted.
        int laterMaxWords = 0;
        for (int i = block.FirstLine; i <= block.LastLine; i++)
        {
            laterMaxWords += Stopwords.MaxLetterWords(tree.Lines[i].Text);
        }

        int letterWords = 0, stopwords = 0;
        for (int i = block.FirstLine; i <= block.LastLine; i++)
        {
            laterMaxWords -= Stopwords.MaxLetterWords(tree.Lines[i].Text);
            if (Stopwords.CountInLetterWords(tree.Lines[i].Text, ref letterWords, ref stopwords, ProseMinStopwordDensity, laterMaxWords))
            {
                return true;
            }
        }

        return (letterWords == 0 ? 0 : (double)stopwords / letterWords) >= ProseMinStopwordDensity;
    }
}
