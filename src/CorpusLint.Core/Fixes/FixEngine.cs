using CorpusLint.Diagnostics;
using CorpusLint.Text;

namespace CorpusLint.Fixes;

/// <summary>
/// Applies fixes: per round it analyses, merges the non-overlapping fixes (earliest span first, then rule
/// id, so the outcome never depends on rule order), applies them, normalises, and repeats until a round
/// changes nothing or the round limit is reached. Last, <see cref="FixGuard"/> checks the outcome keeps its
/// promises (words kept in order, no emptied file, not most of the file removed) or refuses it.
/// </summary>
public static class FixEngine
{
    public static FixResult Fix(SourceText text, Func<SourceText, IReadOnlyList<Diagnostic>> analyze, FixOptions? options = null, string path = "")
    {
        options ??= FixOptions.Default;
        return FixGuard.Check(FixUnguarded(text, analyze, options), path, options);
    }

    private static FixResult FixUnguarded(SourceText text, Func<SourceText, IReadOnlyList<Diagnostic>> analyze, FixOptions options)
    {
        var applied = new List<Diagnostic>();

        // The first round sees the text as written, so rules can use its block layout; later rounds see
        // the normalised text, which is what a fixed file looks like and so what idempotence is judged on.
        var current = text;
        var diagnostics = analyze(current);
        var originalDiagnostics = diagnostics;
        for (int round = 0; round < options.MaxIterations; round++)
        {
            var chosen = ChooseFixes(diagnostics, options);
            var next = Normalize(chosen.Count > 0 ? current.WithChanges(chosen.SelectMany(d => d.Fix!.Changes)) : current);
            if (next.Text == current.Text)
            {
                return new FixResult(text, current, applied, diagnostics, ReachedFixpoint: true) { OriginalDiagnostics = originalDiagnostics };
            }

            applied.AddRange(chosen);
            current = next;
            diagnostics = analyze(current);
        }

        return new FixResult(text, current, applied, diagnostics, ReachedFixpoint: false) { OriginalDiagnostics = originalDiagnostics };
    }

    /// <summary>Fixes that may be applied together: none of their changes overlap an earlier chosen one.</summary>
    internal static List<Diagnostic> ChooseFixes(IEnumerable<Diagnostic> diagnostics, FixOptions options)
    {
        var candidates = diagnostics
            .Where(d => d.Fix is { Changes.Count: > 0 } && (options.IncludeUnsafe || d.IsFixAppliedByDefault))
            .OrderBy(d => d.Fix!.Changes.Min(c => c.Span.Start))
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Span.Start);
        var taken = new SpanSet();
        var chosen = new List<Diagnostic>();
        foreach (var diagnostic in candidates)
        {
            var spans = diagnostic.Fix!.Changes.Select(c => c.Span).ToList();
            if (spans.Any(taken.Overlaps))
            {
                continue;
            }

            spans.ForEach(taken.Add);
            chosen.Add(diagnostic);
        }

        return chosen;
    }

    private static SourceText Normalize(SourceText text) => SourceText.From(Normalizer.Normalize(text.Text), text.Encoding);
}
