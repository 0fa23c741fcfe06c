using CorpusLint.Analysis;
using CorpusLint.Diagnostics;
using CorpusLint.Semantics;

namespace CorpusLint.Rules;

/// <summary>
/// The shape shared by the rules that report whole parts of the page the <see cref="ArticleLayout"/> puts
/// outside the article (text before or after it, a comment thread, other stories' headlines, the decorated
/// page title). A line some specific rule already names (a share label, a caption) is left to that rule.
/// Their fixes are judgement calls: unsafe, applied by default at the confidence the descriptor states.
/// </summary>
public abstract class PageRegionRule : Analyzer
{
    /// <summary>Confidence of removing a short, non-prose block outside the article (a menu item, a teaser).</summary>
    public const double NonProseConfidence = 0.9;

    /// <summary>Confidence of removing a prose block outside the article: it lost the body search to the body.</summary>
    public const double ProseConfidence = 0.7;

    /// <summary>The confidence at or above which `fix` applies these rules' fixes by default.</summary>
    public const double DefaultFixConfidence = 0.6;

    protected abstract DiagnosticDescriptor Descriptor { get; }

    protected abstract BlockRole Role { get; }

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) => context.RegisterLineAction(Analyze);

    private void Analyze(LineAnalysisContext context)
    {
        var model = context.Model;
        var line = context.Line;
        if (model.RoleOf(line) != Role || model.BoilerplateSignalOf(line) is not null || model.IsRepeatedCaptionLine(line))
        {
            return;
        }

        double confidence = model.Facts(context.Tree.Blocks[line.BlockIndex]).IsProse ? ProseConfidence : NonProseConfidence;
        context.ReportJudgement(Descriptor, line, confidence, LineQuote.Of(line.Text));
    }
}
