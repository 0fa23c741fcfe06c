using System.Security.Cryptography;
using System.Text;
using CorpusLint.Diagnostics;
using CorpusLint.Text;

namespace CorpusLint.Cli.Baselines;

/// <summary>
/// What identifies a diagnostic across edits: a hash of the text it flags, with whitespace runs folded and
/// trimmed so re-wrapping or normalising spaces keeps the match. A diagnostic that flags no visible text (an
/// empty span, a stray space) is identified by its message instead.
/// </summary>
public static class BaselineFingerprint
{
    public static string Of(SourceText text, Diagnostic diagnostic)
    {
        var span = diagnostic.Location.Span;
        var folded = Fold(text.ToString(span));
        if (folded.Length == 0)
        {
            folded = Fold(diagnostic.Message);
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(folded));
        return Convert.ToHexStringLower(hash, 0, 8);
    }

    private static string Fold(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
