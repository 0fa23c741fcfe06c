namespace CorpusLint.Rules.Packs;

/// <summary>A rule pack that cannot be loaded; the message names the file, the place and what was expected.</summary>
public sealed class RulePackException(string source, string detail) : Exception($"{source}: {detail}")
{
    public string PackSource { get; } = source;

    public string Detail { get; } = detail;
}
