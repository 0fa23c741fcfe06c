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
            // After the first round the text is the normaliser's output, which normalising leaves as it is
            // (NormalizerTests): a round that chose no fix is done without normalising it again.
            var chosen = ChooseFixes(diagnostics, options);
            var next = chosen.Count > 0 ? Normalize(current.WithChanges(chosen.SelectMany(d => d.Fix!.Changes)))
                : round > 0 ? current
                : Normalize(current);
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
    /// <remarks>
    /// Sorted once by keys computed once (first change, rule id, location, then the order found, as a stable sort
    /// keeps it), and the spans read in place: the LINQ ordering and the span lists it was written with took 3 % of
    /// a `fix`'s samples.
    /// </remarks>
    internal static List<Diagnostic> ChooseFixes(IReadOnlyList<Diagnostic> diagnostics, FixOptions options)
    {
        var candidates = new List<Candidate>();
        for (int i = 0; i < diagnostics.Count; i++)
        {
            var diagnostic = diagnostics[i];
            if (diagnostic.Fix is { Changes: { Count: > 0 } changes } && (options.IncludeUnsafe || diagnostic.IsFixAppliedByDefault))
            {
                int firstChange = int.MaxValue;
                for (int c = 0; c < changes.Count; c++)
                {
                    firstChange = Math.Min(firstChange, changes[c].Span.Start);
                }

                candidates.Add(new Candidate(firstChange, diagnostic, i));
            }
        }

        candidates.Sort(Candidate.Compare);
        var taken = new SpanSet();
        var chosen = new List<Diagnostic>();
        foreach (var candidate in candidates)
        {
            var changes = candidate.Diagnostic.Fix!.Changes;
            if (AnyOverlaps(taken, changes))
            {
                continue;
            }

            for (int c = 0; c < changes.Count; c++)
            {
                taken.Add(changes[c].Span);
            }

            chosen.Add(candidate.Diagnostic);
        }

        return chosen;
    }

    private static bool AnyOverlaps(SpanSet taken, IReadOnlyList<TextChange> changes)
    {
        for (int c = 0; c < changes.Count; c++)
        {
            if (taken.Overlaps(changes[c].Span))
            {
                return true;
            }
        }

        return false;
    }

    private readonly record struct Candidate(int FirstChange, Diagnostic Diagnostic, int Found)
    {
        public static int Compare(Candidate a, Candidate b)
        {
            int order = a.FirstChange.CompareTo(b.FirstChange);
            order = order != 0 ? order : string.CompareOrdinal(a.Diagnostic.Id, b.Diagnostic.Id);
            order = order != 0 ? order : a.Diagnostic.Location.Span.Start.CompareTo(b.Diagnostic.Location.Span.Start);
            return order != 0 ? order : a.Found.CompareTo(b.Found);
        }
    }

    private static SourceText Normalize(SourceText text) => SourceText.From(Normalizer.Normalize(text.Text), text.Encoding);
}
