namespace CorpusLint.Text;

/// <summary>Replace the characters of <see cref="Span"/> with <see cref="NewText"/>; every fix is a list of these.</summary>
public readonly record struct TextChange(TextSpan Span, string NewText)
{
    public static TextChange Delete(TextSpan span) => new(span, string.Empty);
}
