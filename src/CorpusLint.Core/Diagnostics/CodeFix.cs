using CorpusLint.Text;

namespace CorpusLint.Diagnostics;

/// <summary>
/// A fix is plain text changes with a title; rules build them, only the FixEngine applies them. It lives
/// beside <see cref="Diagnostic"/> (not in Fixes) because a diagnostic carries its fix, and arrows point down.
/// </summary>
public sealed record CodeFix(string Title, IReadOnlyList<TextChange> Changes)
{
    public static CodeFix RemoveSpan(string title, TextSpan span) => new(title, [TextChange.Delete(span)]);
}
