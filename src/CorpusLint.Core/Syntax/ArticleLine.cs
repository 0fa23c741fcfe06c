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
        var fromFirst = text.AsSpan().TrimStart();
        _trimmedStart = text.Length - fromFirst.Length;
        _trimmedLength = fromFirst.TrimEnd().Length;
    }

    // Where the text without its leading and trailing white space lies in Text: found once, where pattern rules
    // trimmed the line again for each of their filters and regexes (some 2 million trims over 10 MB).
    private readonly int _trimmedStart;
    private readonly int _trimmedLength;

    /// <summary>Zero-based line number.</summary>
    public int Index { get; }

    /// <summary>The block holding the line, or -1 for a blank line.</summary>
    public int BlockIndex { get; }

    public TextSpan Span { get; }

    public TextSpan SpanIncludingLineBreak { get; }

    /// <summary>The line's characters as written (no line break).</summary>
    public string Text { get; }

    public LineFeatures Features { get; }

    /// <summary>The text without leading and trailing white space (as <see cref="MemoryExtensions.Trim(ReadOnlySpan{char})"/> trims it).</summary>
    public ReadOnlySpan<char> TrimmedText => Text.AsSpan(_trimmedStart, _trimmedLength);

    public bool IsBlank => Features.IsBlank;

    public override string ToString() => $"{Index + 1}: {Text}";
}
