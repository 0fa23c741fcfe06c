using System.Collections.Immutable;
using System.Runtime.InteropServices;
using CorpusLint.Text;

namespace CorpusLint.Syntax;

/// <summary>Turns a <see cref="SourceText"/> into an <see cref="ArticleTree"/> in one pass.</summary>
public static class ArticleParser
{
    public static ArticleTree Parse(SourceText text)
    {
        var lines = new ArticleLine[text.LineCount];
        var blocks = new List<ArticleBlock>();
        int blockStart = -1;
        for (int i = 0; i < text.LineCount; i++)
        {
            var line = text.GetLine(i);
            var features = LineFeatures.Of(text.AsSpan(line.Span));
            if (features.IsBlank)
            {
                CloseBlock(i - 1);
                lines[i] = new ArticleLine(i, -1, line, text.ToString(line.Span), features);
                continue;
            }

            if (blockStart < 0)
            {
                blockStart = i;
            }

            lines[i] = new ArticleLine(i, blocks.Count, line, text.ToString(line.Span), features);
        }

        CloseBlock(text.LineCount - 1);
        return new ArticleTree(text, ImmutableCollectionsMarshal.AsImmutableArray(lines), [.. blocks]);

        void CloseBlock(int lastLine)
        {
            if (blockStart >= 0)
            {
                blocks.Add(new ArticleBlock(blocks.Count, blockStart, lastLine));
                blockStart = -1;
            }
        }
    }
}
