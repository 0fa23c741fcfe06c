using CorpusLint.Syntax;

namespace CorpusLint.Semantics;

/// <summary>
/// Finds photo captions that a scraper wrote twice in a row (the image's alt text, then its figure caption,
/// perhaps with a credit such as `— AP` added): two adjacent lines of one block whose words are the same, or
/// one the start of the other. Running prose never repeats a line word for word at once.
/// </summary>
public static class RepeatedCaptions
{
    /// <summary>The shorter line must have this many words, so `Home` twice in a menu is not a caption.</summary>
    public const int MinWords = 4;

    /// <summary>The longer line may add at most this many words: a credit, not a sentence.</summary>
    public const int MaxAddedWords = 6;

    public static bool[] Find(ArticleTree tree)
    {
        var flags = new bool[tree.Lines.Count];
        foreach (var block in tree.Blocks)
        {
            for (int i = block.FirstLine; i < block.LastLine; i++)
            {
                var a = WordTokenizer.Words(tree.Lines[i].Text);
                var b = WordTokenizer.Words(tree.Lines[i + 1].Text);
                if (Math.Min(a.Count, b.Count) >= MinWords && Math.Abs(a.Count - b.Count) <= MaxAddedWords && IsPrefix(a.Count <= b.Count ? a : b, a.Count <= b.Count ? b : a))
                {
                    flags[i] = flags[i + 1] = true;
                }
            }
        }

        return flags;
    }

    private static bool IsPrefix(List<string> shorter, List<string> longer)
    {
        for (int i = 0; i < shorter.Count; i++)
        {
            if (shorter[i] != longer[i])
            {
                return false;
            }
        }

        return true;
    }
}
