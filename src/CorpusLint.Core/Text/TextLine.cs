namespace CorpusLint.Text;

/// <summary>One line of a <see cref="SourceText"/>: its content span and the span including its line break.</summary>
public readonly record struct TextLine(int LineNumber, TextSpan Span, TextSpan SpanIncludingLineBreak);
