using CorpusLint.Analysis;
using CorpusLint.Diagnostics;
using CorpusLint.Text;

namespace CorpusLint.Rules.Normalisation;

/// <summary>
/// CL8004: UTF-8 text that was decoded as Windows-1252 on its way into the file (`â€™` for `’`, `Ã©` for `é`).
/// The fix re-encodes each such run to the bytes it came from and decodes them as UTF-8.
/// </summary>
public sealed class Mojibake : Analyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "CL8004",
        "Mojibake",
        "Line has mis-decoded text '{0}' (should be '{1}')",
        RuleCategories.Normalisation,
        Severity.Warning,
        FixSafety.Safe,
        "Finds UTF-8 characters that were read as Windows-1252 somewhere along the scrape and now show as two " +
        "or three odd characters (`â€™` for `’`, `â€œ` for `“`, `Ã©` for `é`, `Â ` for a no-break space). Only a " +
        "run that is exactly the Windows-1252 view of a valid UTF-8 character is repaired, so ordinary accented " +
        "text is never touched. The repair restores the character the publisher wrote; no word changes.")
    {
        Example = "Before: `The presidentâ€™s remarks`\nAfter:  `The president’s remarks`",
    };

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterLineAction(Analyze);

    private static void Analyze(LineAnalysisContext context)
    {
        var text = context.Line.Text;
        List<TextChange>? changes = null;
        string first = string.Empty, repaired = string.Empty;
        for (int i = Windows1252Mojibake.NextCandidate(text, 0); i >= 0; i = Windows1252Mojibake.NextCandidate(text, i + 1))
        {
            if (!Windows1252Mojibake.TryRepairAt(text, i, out int length, out string character))
            {
                continue;
            }

            if (changes is null)
            {
                changes = [];
                first = text.Substring(i, length);
                repaired = character;
            }

            changes.Add(new TextChange(new TextSpan(context.Line.Span.Start + i, length), character));
            i += length - 1;
        }

        if (changes is not null)
        {
            context.Report(Rule, context.Line.Span, new CodeFix("Repair the mis-decoded characters", changes), first, repaired);
        }
    }
}
