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
        var flags = new bool[tree.Lines.Length];
        foreach (var block in tree.Blocks)
        {
            if (block.LineCount < 2)
            {
                continue;
            }

            // Each line's words are counted once; they are compared only for a pair whose counts fit.
            int next = WordTokenizer.Count(tree.Lines[block.FirstLine].Text);
            for (int i = block.FirstLine; i < block.LastLine; i++)
            {
                int count = next;
                next = WordTokenizer.Count(tree.Lines[i + 1].Text);
                if (Math.Min(count, next) >= MinWords && Math.Abs(count - next) <= MaxAddedWords
                    && SameFirstWords(tree.Lines[i].Text, tree.Lines[i + 1].Text, Math.Min(count, next)))
                {
                    flags[i] = flags[i + 1] = true;
                }
            }
        }

        return flags;
    }

    /// <summary>Whether the first <paramref name="count"/> words of both lines are the same, lowercased.</summary>
    private static bool SameFirstWords(string a, string b, int count)
    {
        Span<char> lowerA = stackalloc char[WordTokenizer.MaxStackWord];
        Span<char> lowerB = stackalloc char[WordTokenizer.MaxStackWord];
        var wordsA = WordTokenizer.Enumerate(a);
        var wordsB = WordTokenizer.Enumerate(b);
        for (int i = 0; i < count && wordsA.MoveNext() && wordsB.MoveNext(); i++)
        {
            if (!WordTokenizer.ToLower(wordsA.Current, lowerA).SequenceEqual(WordTokenizer.ToLower(wordsB.Current, lowerB)))
            {
                return false;
            }
        }

        return true;
    }
}
