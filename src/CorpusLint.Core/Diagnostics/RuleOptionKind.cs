namespace CorpusLint.Diagnostics;

/// <summary>The JSON type of a rule option's value.</summary>
public enum RuleOptionKind
{
    Number,
    String,
    Boolean,
}
