using CorpusLint.Analysis;
using CorpusLint.Rules.Duplicates;
using CorpusLint.Rules.Metadata;
using CorpusLint.Rules.Navigation;
using CorpusLint.Rules.Normalisation;
using CorpusLint.Rules.Packs;
using CorpusLint.Rules.SiteBoilerplate;
using CorpusLint.Rules.UnrelatedHeadlines;
using CorpusLint.Rules.WidgetsAndAds;

namespace CorpusLint.Rules;

/// <summary>
/// Every rule CorpusLint ships: the C# analyzers, listed here by hand (no reflection scan at start-up),
/// and the declarative rules of the embedded rule packs.
/// </summary>
public static class BuiltInRules
{
    public static IReadOnlyList<Analyzer> CreateAll() =>
    [
        new TextBeforeArticle(),
        new CommentThread(),
        new DuplicatedParagraph(),
        new RepeatedCaption(),
        new UnrelatedHeadlineList(),
        new DecoratedPageTitle(),
        new TextAfterArticle(),
        new NonCanonicalCharacters(),
        new NonCanonicalLayout(),
        new StrayMarkup(),
        new Mojibake(),
        .. RulePackLoader.LoadBuiltIn(),
    ];
}
