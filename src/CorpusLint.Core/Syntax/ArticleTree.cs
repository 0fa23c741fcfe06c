using System.Collections.Immutable;
using CorpusLint.Text;

namespace CorpusLint.Syntax;

/// <summary>The parsed article: its lines with features and its blocks. Immutable, like a Roslyn syntax tree.</summary>
public sealed class ArticleTree
{
    internal ArticleTree(SourceText text, ImmutableArray<ArticleLine> lines, ImmutableArray<ArticleBlock> blocks)
    {
        Text = text;
        Lines = lines;
        Blocks = blocks;
    }

    public SourceText Text { get; }

    // Immutable arrays, not interfaces: rules and the model index lines millions of times a run, and each
    // access through IReadOnlyList was an interface call (some 6 million per 14 MB, 2 % of a check).
    public ImmutableArray<ArticleLine> Lines { get; }

    public ImmutableArray<ArticleBlock> Blocks { get; }

    /// <summary>The nearest non-blank line before <paramref name="index"/>, or null.</summary>
    public ArticleLine? PreviousContentLine(int index)
    {
        for (int i = index - 1; i >= 0; i--)
        {
            if (!Lines[i].IsBlank)
            {
                return Lines[i];
            }
        }

        return null;
    }

    /// <summary>The nearest non-blank line after <paramref name="index"/>, or null.</summary>
    public ArticleLine? NextContentLine(int index)
    {
        for (int i = index + 1; i < Lines.Length; i++)
        {
            if (!Lines[i].IsBlank)
            {
                return Lines[i];
            }
        }

        return null;
    }
}
