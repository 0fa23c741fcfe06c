using CorpusLint.Analysis;
using CorpusLint.Diagnostics;

namespace CorpusLint.Rules.Duplicates;

/// <summary>CL4002: a photo caption the scraper wrote twice in a row (alt text and figure caption).</summary>
public sealed class RepeatedCaption : Analyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "CL4002",
        "Repeated photo caption",
        "Caption '{0}' is written twice in a row: a photo caption, not article text",
        RuleCategories.Duplicates,
        Severity.Warning,
        FixSafety.Unsafe,
        "Finds two adjacent lines of one block with the same words, or one the start of the other plus at most " +
        "six words (a credit such as `— AP`): the image's alt text and its figure caption. Running prose never " +
        "repeats a line at once. Captions describe a picture the text file does not have, so both copies go. " +
        "The fix is a judgement (confidence 0.9; `fix` applies it by default at 0.6 or more).")
    {
        Example = "Before: `Lavrov welcomes Pompeo in Sochi on May 14.` twice, the second ending `— AP`\nAfter:  (both lines removed)",
        DefaultFixConfidence = PageRegionRule.DefaultFixConfidence,
    };

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterLineAction(Analyze);

    private static void Analyze(LineAnalysisContext context)
    {
        if (context.Model.IsRepeatedCaptionLine(context.Line) && context.Model.BoilerplateSignalOf(context.Line) is null)
        {
            context.ReportJudgement(Rule, context.Line, PageRegionRule.NonProseConfidence, LineQuote.Of(context.Line.Text));
        }
    }
}
