using CorpusLint.Diagnostics;
using CorpusLint.Semantics;

namespace CorpusLint.Rules.UnrelatedHeadlines;

/// <summary>CL5001: headlines and cut-off teasers of other stories outside the body.</summary>
public sealed class UnrelatedHeadlineList : PageRegionRule
{
    public static readonly DiagnosticDescriptor Rule = new(
        "CL5001",
        "Headline of another story",
        "'{0}' is the headline or teaser of another story",
        RuleCategories.UnrelatedHeadlines,
        Severity.Warning,
        FixSafety.Unsafe,
        "Finds headlines and teasers of other stories around the article (the lists under `Related`, `Most " +
        "read`, `You may also like`). A block counts when it stands outside the body, has the shape of a " +
        "headline list (lines of at most 20 words without a final full stop, or teasers cut off with `…`), and " +
        "fewer than half of its content words occur in the body's prose. A subheading inside the body is never " +
        "judged. The fix is a judgement: confidence 0.9, 0.7 for prose; `fix` applies it by default at 0.6 or more.")
    {
        Example = "Before: the last paragraph, `Related`, `Celebrity chef opens restaurant`, `Rain expected all week...`\n" +
                  "After:  the last paragraph",
        DefaultFixConfidence = DefaultFixConfidence,
    };

    protected override DiagnosticDescriptor Descriptor => Rule;

    protected override BlockRole Role => BlockRole.UnrelatedHeadline;
}
