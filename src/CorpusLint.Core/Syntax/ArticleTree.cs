using CorpusLint.Text;

namespace CorpusLint.Syntax;

/// <summary>The parsed article: its lines with features and its blocks. Immutable, like a Roslyn syntax tree.</summary>
public sealed class ArticleTree
{
    internal ArticleTree(SourceText text, IReadOnlyList<ArticleLine> lines, IReadOnlyList<ArticleBlock> blocks)
    {
        Text = text;
        Lines = lines;
        Blocks = blocks;
    }

    public SourceText Text { get; }

    public IReadOnlyList<ArticleLine> Lines { get; }

    public IReadOnlyList<ArticleBlock> Blocks { get; }

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
        for (int i = index + 1; i < Lines.Count; i++)
        {
            if (!Lines[i].IsBlank)
            {
                return Lines[i];
            }
        }

        return null;
    }
}
