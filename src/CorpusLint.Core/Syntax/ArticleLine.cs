using CorpusLint.Text;

namespace CorpusLint.Syntax;

/// <summary>
/// One line of an article with the cheap features rules ask about most. Features are computed once by the
/// parser so that no rule re-scans the text for them.
/// </summary>
public sealed class ArticleLine
{
    internal ArticleLine(int index, int blockIndex, TextLine line, string text, LineFeatures features)
    {
        Index = index;
        BlockIndex = blockIndex;
        Span = line.Span;
        SpanIncludingLineBreak = line.SpanIncludingLineBreak;
        Text = text;
        Features = features;
    }

    /// <summary>Zero-based line number.</summary>
    public int Index { get; }

    /// <summary>The block holding the line, or -1 for a blank line.</summary>
    public int BlockIndex { get; }

    public TextSpan Span { get; }

    public TextSpan SpanIncludingLineBreak { get; }

    /// <summary>The line's characters as written (no line break).</summary>
    public string Text { get; }

    public LineFeatures Features { get; }

    public bool IsBlank => Features.IsBlank;

    public override string ToString() => $"{Index + 1}: {Text}";
}
