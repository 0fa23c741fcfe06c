namespace CorpusLint.Fixes;

/// <summary>How the fix engine may change a file.</summary>
public sealed record FixOptions
{
    public static readonly FixOptions Default = new();

    /// <summary>Apply fixes marked unsafe (judgement calls) too.</summary>
    public bool IncludeUnsafe { get; init; }

    /// <summary>Rounds of analyse-and-fix before giving up on reaching a fixpoint.</summary>
    public int MaxIterations { get; init; } = 10;
}
