using CorpusLint.Diagnostics;
using CorpusLint.Semantics;

namespace CorpusLint.Rules.SiteBoilerplate;

/// <summary>CL7001: page text after the article (site name, tagline, author box, link lists) that no specific rule names.</summary>
public sealed class TextAfterArticle : PageRegionRule
{
    public static readonly DiagnosticDescriptor Rule = new(
        "CL7001",
        "Page text after the article",
        "Line '{0}' comes after the article's body has ended",
        RuleCategories.SiteBoilerplate,
        Severity.Warning,
        FixSafety.Unsafe,
        "Finds text after the article's body: the site's name and tagline, author boxes, footers, link lists. " +
        "The body ends where its best-scoring run of blocks ends, widened over up to three neutral blocks and " +
        "stopped by junk such as share bars; every other run of prose at least 30% as strong as the body is kept " +
        "as a further part. The fix is a judgement: confidence 0.9 for a non-prose block, 0.7 for prose; `fix` " +
        "applies it by default at 0.6 or more.")
    {
        Example = "Before: the last paragraph, `Share post:`, then `Example Magazine publisher News about the world.`\n" +
                  "After:  the last paragraph",
        DefaultFixConfidence = DefaultFixConfidence,
    };

    protected override DiagnosticDescriptor Descriptor => Rule;

    protected override BlockRole Role => BlockRole.AfterBody;
}
