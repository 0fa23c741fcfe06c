using CorpusLint.Analysis;
using CorpusLint.Rules.Normalisation;
using CorpusLint.Rules.Packs;

namespace CorpusLint.Rules;

/// <summary>
/// Every rule CorpusLint ships: the C# analyzers, listed here by hand (no reflection scan at start-up),
/// and the declarative rules of the embedded rule packs.
/// </summary>
public static class BuiltInRules
{
    public static IReadOnlyList<Analyzer> CreateAll() =>
    [
        new NonCanonicalCharacters(),
        new NonCanonicalLayout(),
        .. RulePackLoader.LoadBuiltIn(),
    ];
}
