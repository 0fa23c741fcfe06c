namespace CorpusLint.Fixes;

/// <summary>How the fix engine may change a file.</summary>
public sealed record FixOptions
{
    public static readonly FixOptions Default = new();

    /// <summary>Apply fixes marked unsafe (judgement calls) too.</summary>
    public bool IncludeUnsafe { get; init; }

    /// <summary>Rounds of analyse-and-fix before giving up on reaching a fixpoint.</summary>
    public int MaxIterations { get; init; } = 10;

    /// <summary>
    /// The largest share of a file's words (0 to 1) a fix may remove. A fix that would remove more is not
    /// applied: a page that loses most of its words is more likely a rule gone wrong than a page of junk.
    /// </summary>
    public double MaxRemovedWordShare { get; init; } = 0.5;

    /// <summary>Apply a fix even when it removes more than <see cref="MaxRemovedWordShare"/>.</summary>
    public bool Force { get; init; }
}
