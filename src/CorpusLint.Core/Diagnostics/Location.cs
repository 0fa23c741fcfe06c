using CorpusLint.Text;

namespace CorpusLint.Diagnostics;

/// <summary>Where a diagnostic points: the file, the span, and its zero-based start and end positions.</summary>
public sealed record Location(string Path, TextSpan Span, LinePosition Start, LinePosition End)
{
    public static Location Create(string path, SourceText text, TextSpan span)
    {
        var start = text.GetLinePosition(span.Start);
        return new(path, span, start, text.GetLinePosition(span.End, start));
    }

    /// <summary>One-based line, as editors and CI annotations count.</summary>
    public int Line => Start.Line + 1;

    /// <summary>One-based column, as editors and CI annotations count.</summary>
    public int Column => Start.Character + 1;
}
