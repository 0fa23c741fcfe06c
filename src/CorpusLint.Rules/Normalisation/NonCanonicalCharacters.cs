using CorpusLint.Analysis;
using CorpusLint.Diagnostics;
using CorpusLint.Fixes;
using CorpusLint.Text;

namespace CorpusLint.Rules.Normalisation;

/// <summary>
/// CL8001: a line whose characters or spacing differ from the canonical form (NBSP, double or trailing
/// spaces, zero-width or control characters, text not in NFC). The fix rewrites the line to
/// <see cref="Normalizer.NormalizeLine"/>'s form, the same one `fix` produces.
/// </summary>
public sealed class NonCanonicalCharacters : Analyzer
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "CL8001",
        "Odd characters or spacing",
        "Line has {0}",
        RuleCategories.Normalisation,
        Severity.Warning,
        FixSafety.Safe,
        "Finds lines with characters that show nothing or show as a plain space: no-break and other odd spaces, " +
        "tabs, runs of spaces, leading or trailing spaces, zero-width and control characters, and text not in " +
        "Unicode NFC. They break tokenisers and duplicate detection downstream. The fix folds every space to " +
        "one plain space, drops invisible characters and composes to NFC; it never changes a word.")
    {
        Example = "Before: `The  minister\\u00A0said so. ` (two spaces, a no-break space, a trailing space)\n" +
                  "After:  `The minister said so.`",
    };

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) => context.RegisterLineAction(Analyze);

    private static void Analyze(LineAnalysisContext context)
    {
        var text = context.Line.Text;
        if (Normalizer.IsCanonicalLine(text))
        {
            return;
        }

        var canonical = Normalizer.NormalizeLine(text);
        if (canonical == text)
        {
            return;
        }

        var fix = new CodeFix("Normalise the line", [new TextChange(context.Line.Span, canonical)]);
        context.Report(Descriptor, context.Line.Span, fix, Describe(text));
    }

    // Name the first kind of problem, so the message says what to look for.
    private static string Describe(string text)
    {
        foreach (char c in text)
        {
            if (Normalizer.IsRemovable(c))
            {
                return $"an invisible character U+{(int)c:X4}";
            }

            if (Normalizer.IsSpace(c) && c != ' ')
            {
                return $"an odd space U+{(int)c:X4}";
            }
        }

        if (text.Length > 0 && (text[0] == ' ' || text[^1] == ' '))
        {
            return "leading or trailing spaces";
        }

        // Spacing and characters are fine, so what differs is the composition of characters.
        return text.Contains("  ", StringComparison.Ordinal) ? "a run of spaces" : "text not in Unicode NFC";
    }
}
