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
    /// applied: a page that loses nearly all its words is more likely a rule gone wrong than a page of junk.
    /// 0.9, not 0.5: on real scraped pages junk is often most of the page (cleaning the devset to its gold
    /// removes over half the words on 154 of 357 pages, over 90 % on 7), and a limit of 0.5 refused the
    /// good fixes of 105 devset pages (F1 0.904 to 0.816).
    /// </summary>
    public double MaxRemovedWordShare { get; init; } = 0.9;

    /// <summary>Apply a fix even when it removes more than <see cref="MaxRemovedWordShare"/>.</summary>
    public bool Force { get; init; }
}
