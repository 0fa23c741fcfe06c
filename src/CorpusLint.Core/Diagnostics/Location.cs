using CorpusLint.Text;

namespace CorpusLint.Diagnostics;

/// <summary>Where a diagnostic points: the file, the span, and its zero-based start and end positions.</summary>
public sealed record Location(string Path, TextSpan Span, LinePosition Start, LinePosition End)
{
    public static Location Create(string path, SourceText text, TextSpan span) =>
        new(path, span, text.GetLinePosition(span.Start), text.GetLinePosition(span.End));

    /// <summary>One-based line, as editors and CI annotations count.</summary>
    public int Line => Start.Line + 1;

    /// <summary>One-based column, as editors and CI annotations count.</summary>
    public int Column => Start.Character + 1;
}
