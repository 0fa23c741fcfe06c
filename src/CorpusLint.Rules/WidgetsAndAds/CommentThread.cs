using CorpusLint.Diagnostics;
using CorpusLint.Semantics;

namespace CorpusLint.Rules.WidgetsAndAds;

/// <summary>CL3007: readers' comments after the article.</summary>
public sealed class CommentThread : PageRegionRule
{
    public static readonly DiagnosticDescriptor Rule = new(
        "CL3007",
        "Readers' comment thread",
        "Line '{0}' belongs to readers' comments, not the article",
        RuleCategories.WidgetsAndAds,
        Severity.Warning,
        FixSafety.Unsafe,
        "Finds a comment thread joined to the end of the body: from a comment header (`12 Comments`, `Leave a " +
        "reply`, `Join the discussion`) or the first of two or more signature lines (`Anna says:`, `Posted by " +
        "Bob at 10:42`) to the end of the body, provided the article before it has at least as many prose words " +
        "as the thread (so an article is never cut away). The fix is a judgement: confidence 0.9 for short " +
        "lines, 0.7 for prose; `fix` applies it by default at 0.6 or more.")
    {
        Example = "Before: the last paragraph, `3 Comments`, `Anna says:`, `Great piece!`\nAfter:  the last paragraph",
        DefaultFixConfidence = DefaultFixConfidence,
    };

    protected override DiagnosticDescriptor Descriptor => Rule;

    protected override BlockRole Role => BlockRole.CommentThread;
}
