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

    /// <summary>The lines that repeat a neighbour's words, told by their word keys (see <see cref="WordKeys"/>).</summary>
    /// <remarks>
    /// The model's keys are every line's words already cut, lowercased and hashed: counting and comparing them
    /// here spares cutting the lines again (counting their words took 1.3 % of a check's samples).
    /// </remarks>
    public static bool[] Find(ArticleTree tree, LineWordKeys keys)
    {
        var flags = new bool[tree.Lines.Length];
        foreach (var block in tree.Blocks)
        {
            for (int i = block.FirstLine; i < block.LastLine; i++)
            {
                var words = keys.KeysOf(tree.Lines[i]);
                var next = keys.KeysOf(tree.Lines[i + 1]);
                int shorter = Math.Min(words.Length, next.Length);
                if (shorter >= MinWords && Math.Abs(words.Length - next.Length) <= MaxAddedWords
                    && words[..shorter].SequenceEqual(next[..shorter]))
                {
                    flags[i] = flags[i + 1] = true;
                }
            }
        }

        return flags;
    }
}
