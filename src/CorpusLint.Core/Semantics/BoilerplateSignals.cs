using CorpusLint.Syntax;

namespace CorpusLint.Semantics;

/// <summary>
/// The signals a document's lines are asked about, in the order they are asked ((order, id), so the first claim is
/// deterministic), each with the most words a line it claims can have. Built once per set of rules, not per document.
/// </summary>
/// <remarks>
/// Every non-blank line is offered to every signal, and most signals bound a claimed line's words (a share label has
/// at most four): a line longer than a signal's bound is passed over here, with no call. A paragraph of prose was
/// asked of some twenty signals that each turned it away on its word count, behind an interface call each.
/// </remarks>
public sealed class BoilerplateSignals
{
    private readonly (IBoilerplateSignal Signal, int MaxWords)[] _ordered;

    public BoilerplateSignals(IEnumerable<IBoilerplateSignal> signals)
    {
        _ordered = signals
            .OrderBy(s => s.SignalOrder)
            .ThenBy(s => s.SignalId, StringComparer.Ordinal)
            .Select(s => (s, s.MaxWords))
            .ToArray();
    }

    public static BoilerplateSignals None { get; } = new([]);

    /// <summary>The first signal, in order, that claims the line; null when none does.</summary>
    public IBoilerplateSignal? FirstClaim(ArticleLine line)
    {
        int words = line.Features.WordCount;
        foreach (var (signal, maxWords) in _ordered)
        {
            if (words <= maxWords && signal.IsBoilerplate(line))
            {
                return signal;
            }
        }

        return null;
    }
}
