using CorpusLint.Analysis;
using CorpusLint.Diagnostics;
using CorpusLint.Text;

namespace CorpusLint.Cli.Tests.Reporting;

/// <summary>
/// A stand-in rule set for the report-format snapshots, so they follow the formats and not the built-in
/// rule catalogue: a warning with a safe fix, an info without a fix, an error with an unsafe fix, a judgement
/// (confidence 0.9) whose unsafe fix is applied by default, and messages with the characters reporters must
/// escape (':', ',', '%', quotes).
/// </summary>
internal sealed class FormatTestAnalyzer : Analyzer
{
    public static readonly DiagnosticDescriptor MarkedLine = new(
        "TST0001", "Marked junk line", "Line marked as junk: '{0}'", "Test", Severity.Warning, FixSafety.Safe,
        "Finds lines that start with the marker 'JUNK:'.")
    {
        Example = "Before: `JUNK: share this`\nAfter:  (the line is removed)",
    };

    public static readonly DiagnosticDescriptor FlaggedWord = new(
        "TST0002", "Flagged word", "The word \"{0}\" is flagged, 100% of the time", "Test", Severity.Info, FixSafety.None,
        "Finds the word 'flagged', to show a finding in the middle of a long line.");

    public static readonly DiagnosticDescriptor InvisibleCharacter = new(
        "TST0003", "Invisible character", "Invisible character U+{0:X4}: remove it", "Test", Severity.Error, FixSafety.Unsafe,
        "Finds zero-width spaces.");

    public static readonly DiagnosticDescriptor TeaserLine = new(
        "TST0004", "Teaser line", "Line '{0}' looks like a teaser", "Test", Severity.Warning, FixSafety.Unsafe,
        "Finds lines that start with 'TEASER:', as a judgement call sure enough to be fixed by default.")
    {
        DefaultFixConfidence = 0.8,
    };

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [MarkedLine, FlaggedWord, InvisibleCharacter, TeaserLine];

    public override void Initialize(AnalysisContext context) => context.RegisterLineAction(context =>
    {
        var line = context.Line;
        if (line.Text.StartsWith("JUNK:", StringComparison.Ordinal))
        {
            context.ReportLine(MarkedLine, line, line.Text);
        }

        if (line.Text.StartsWith("TEASER:", StringComparison.Ordinal))
        {
            context.ReportJudgement(TeaserLine, line, 0.9, line.Text);
        }

        int word = line.Text.IndexOf("flagged", StringComparison.Ordinal);
        if (word >= 0)
        {
            context.Report(FlaggedWord, new TextSpan(line.Span.Start + word, "flagged".Length), null, "flagged");
        }

        int invisible = line.Text.IndexOf('\u200B');
        if (invisible >= 0)
        {
            var span = new TextSpan(line.Span.Start + invisible, 1);
            context.Report(InvisibleCharacter, span, new CodeFix("Delete the zero-width space", [TextChange.Delete(span)]), 0x200B);
        }
    });
}
