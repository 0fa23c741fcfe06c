using CorpusLint.Diagnostics;
using CorpusLint.Semantics;

namespace CorpusLint.Rules.Metadata;

/// <summary>CL6001: the page-title line that repeats the headline with the site's decoration.</summary>
public sealed class DecoratedPageTitle : PageRegionRule
{
    public static readonly DiagnosticDescriptor Rule = new(
        "CL6001",
        "Decorated page title",
        "Page title '{0}' repeats the headline with the site's decoration",
        RuleCategories.Metadata,
        Severity.Warning,
        FixSafety.Unsafe,
        "Finds the page's <title> line (`Headline | Site`, `Site: Section : Headline`, a breadcrumb ending in " +
        "the headline) when the plain headline also stands in the page, before the article's prose and at most " +
        "40 blocks before the body. The plain headline is kept as line 1; the decorated copy and what stands " +
        "between them (menus) go. The fix is a judgement (confidence 0.9); `fix` applies it by default at 0.6 or more.")
    {
        Example = "Before: `Rivers rise after storm | Example News`, `Home`, `Rivers rise after storm`, the paragraphs\n" +
                  "After:  `Rivers rise after storm`, the paragraphs",
        DefaultFixConfidence = DefaultFixConfidence,
    };

    protected override DiagnosticDescriptor Descriptor => Rule;

    protected override BlockRole Role => BlockRole.DecoratedTitle;
}
