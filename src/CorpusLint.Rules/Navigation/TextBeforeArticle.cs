using CorpusLint.Diagnostics;
using CorpusLint.Semantics;

namespace CorpusLint.Rules.Navigation;

/// <summary>CL1006: page text above the article (menus, section lists, teasers) that no specific rule names.</summary>
public sealed class TextBeforeArticle : PageRegionRule
{
    public static readonly DiagnosticDescriptor Rule = new(
        "CL1006",
        "Page text before the article",
        "Line '{0}' stands before the article's body, outside it",
        RuleCategories.Navigation,
        Severity.Warning,
        FixSafety.Unsafe,
        "Finds text between the title and the article's body that is not part of the article: menus, section " +
        "lists, runs of short link-like lines, teasers. The body is the best-scoring run of blocks (prose adds " +
        "its words, junk costs a lot, anything else a little), widened over up to three neutral blocks; a prose " +
        "block under the headline (a standfirst) stays. The fix is a judgement: confidence 0.9 for a non-prose " +
        "block, 0.7 for a prose block that lost the body search; `fix` applies it by default at 0.6 or more.")
    {
        Example = "Before: `Title`, `World`, `Business`, `Sport`, then the article's paragraphs\nAfter:  `Title`, then the paragraphs",
        DefaultFixConfidence = DefaultFixConfidence,
    };

    protected override DiagnosticDescriptor Descriptor => Rule;

    protected override BlockRole Role => BlockRole.BeforeBody;
}
