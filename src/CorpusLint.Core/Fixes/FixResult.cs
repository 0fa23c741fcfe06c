using CorpusLint.Diagnostics;
using CorpusLint.Text;

namespace CorpusLint.Fixes;

/// <summary>The outcome of fixing one document.</summary>
/// <param name="Original">The text as read.</param>
/// <param name="Fixed">The fixed, normalised text.</param>
/// <param name="Applied">The diagnostics whose fixes were applied, in all rounds.</param>
/// <param name="Remaining">What the last analysis still reported (unfixable, or unsafe and not asked for).</param>
/// <param name="ReachedFixpoint">False when the round limit stopped the engine first.</param>
public sealed record FixResult(SourceText Original, SourceText Fixed, IReadOnlyList<Diagnostic> Applied, IReadOnlyList<Diagnostic> Remaining, bool ReachedFixpoint)
{
    public bool Changed => !string.Equals(Original.Text, Fixed.Text, StringComparison.Ordinal);

    /// <summary>
    /// Why the fix was not applied (see <see cref="FixGuard"/>); then <see cref="Fixed"/> is the original
    /// and <see cref="Applied"/> is empty. Null when the fix went through.
    /// </summary>
    public Diagnostic? Refusal { get; init; }

    /// <summary>
    /// What the first round's analysis reported on <see cref="Original"/> (before any baseline): what `check`
    /// reports on the text as it came, so a caller that also wants that need not analyse the text again.
    /// Set by <see cref="FixEngine"/> (a refusal keeps it); empty in a result made elsewhere, such as a cache hit.
    /// </summary>
    public IReadOnlyList<Diagnostic> OriginalDiagnostics { get; init; } = [];
}
