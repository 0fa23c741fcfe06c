namespace CorpusLint.Rules.Packs;

/// <summary>Where in the article a phrase rule's match counts, relative to the body region.</summary>
public enum PhraseRuleScope
{
    Anywhere,
    OutsideBody,
    BeforeBody,
    AfterBody,
}
