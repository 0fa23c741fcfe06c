using System.Numerics;
using CorpusLint.Syntax;

namespace CorpusLint.Semantics;

/// <summary>
/// The signals a document's lines are asked about, in the order they are asked ((order, id), so the first claim is
/// deterministic), each with the most words a line it claims can have. Built once per set of rules, not per document.
/// </summary>
/// <remarks>
/// Every non-blank line is offered to every signal, and most signals bound a claimed line's words (a share label has
/// at most four): a line longer than a signal's bound is passed over here, with no call. A paragraph of prose was
/// asked of some twenty signals that each turned it away on its word count, behind an interface call each. A short
/// line is likewise passed over by the signals that claim no line beginning as it does (<see cref="IStartFilteredSignal"/>):
/// which those are is learnt once per first two characters, not asked of each signal for each line.
/// </remarks>
public sealed class BoilerplateSignals
{
    // A mask per way a line can begin: its first character (ASCII), then its second (ASCII), none (NoSecond) or one
    // outside ASCII (OtherSecond). Bit i is set when signal i may claim such a line, and the top bit once the mask is
    // known, so the masks fit 63 signals.
    private const int NoSecond = 128;
    private const int OtherSecond = 129;
    private const int Seconds = 130;
    private const ulong Known = 1UL << 63;
    private const int MaxFilteredSignals = 63;

    // Bumped whenever a signal's start filter may have changed (a pack rule's regex learns its filter when hot).
    private static int s_startFilters;

    // Lines of up to this many words find the signals within their bound in _withinWords; longer ones ask each bound.
    private const int MaxTabledWords = 256;

    private readonly (IBoilerplateSignal Signal, int MaxWords)[] _ordered;
    private readonly ulong[] _withinWords;
    private StartMasks? _masks;

    public BoilerplateSignals(IEnumerable<IBoilerplateSignal> signals)
    {
        _ordered = signals
            .OrderBy(s => s.SignalOrder)
            .ThenBy(s => s.SignalId, StringComparer.Ordinal)
            .Select(s => (s, s.MaxWords))
            .ToArray();
        _withinWords = new ulong[MaxTabledWords + 1];
        for (int words = 0; words <= MaxTabledWords; words++)
        {
            _withinWords[words] = WithinBound(words);
        }
    }

    public static BoilerplateSignals None { get; } = new([]);

    /// <summary>
    /// Tells every set of signals that a signal's <see cref="IStartFilteredSignal.MayClaimLineBeginning"/> may now
    /// answer differently: the masks learnt from the old answers are dropped.
    /// </summary>
    public static void StartFiltersChanged() => Interlocked.Increment(ref s_startFilters);

    /// <summary>The first signal, in order, that claims the line; null when none does.</summary>
    /// <remarks>
    /// The signals within the line's word bound and its beginning's are the set bits of one mask, asked lowest first
    /// (signal order); testing every signal's bound and bit in turn was most of this method's own cost.
    /// </remarks>
    public IBoilerplateSignal? FirstClaim(ArticleLine line)
    {
        int words = line.Features.WordCount;
        var ordered = _ordered;
        ulong candidates = (words <= MaxTabledWords ? _withinWords[words] : WithinBound(words)) & MayClaim(line.TrimmedText);
        while (candidates != 0)
        {
            var signal = ordered[BitOperations.TrailingZeroCount(candidates)].Signal;
            candidates &= candidates - 1;
            if (signal.IsBoilerplate(line))
            {
                return signal;
            }
        }

        for (int i = MaxFilteredSignals; i < ordered.Length; i++)
        {
            if (words <= ordered[i].MaxWords && ordered[i].Signal.IsBoilerplate(line))
            {
                return ordered[i].Signal;
            }
        }

        return null;
    }

    // The first signals (up to MaxFilteredSignals) whose bound a line of this many words is within.
    private ulong WithinBound(int words)
    {
        ulong mask = 0;
        for (int i = 0; i < _ordered.Length && i < MaxFilteredSignals; i++)
        {
            mask |= words <= _ordered[i].MaxWords ? 1UL << i : 0;
        }

        return mask;
    }

    // Which signals may claim a line beginning as this one: learnt once per way of beginning, from the signals' start
    // filters. A line beginning outside ASCII may be claimed by all.
    private ulong MayClaim(ReadOnlySpan<char> trimmed)
    {
        if (trimmed.IsEmpty || trimmed[0] >= 128 || _ordered.Length == 0)
        {
            return ulong.MaxValue;
        }

        int second = trimmed.Length < 2 ? NoSecond : Math.Min((int)trimmed[1], OtherSecond);
        int generation = Volatile.Read(ref s_startFilters);
        var masks = _masks;
        if (masks is null || masks.Generation != generation)
        {
            // Two threads may each start a table; each mask in either is right.
            masks = new StartMasks(generation);
            _masks = masks;
        }

        ref ulong mask = ref masks.Masks[(trimmed[0] * Seconds) + second];
        if (mask == 0)
        {
            mask = Known | Learn(trimmed[..Math.Min(2, trimmed.Length)]);
        }

        return mask;
    }

    private ulong Learn(ReadOnlySpan<char> start)
    {
        ulong mask = 0;
        for (int i = 0; i < _ordered.Length && i < MaxFilteredSignals; i++)
        {
            if (_ordered[i].Signal is not IStartFilteredSignal filtered || filtered.MayClaimLineBeginning(start))
            {
                mask |= 1UL << i;
            }
        }

        return mask;
    }

    /// <summary>The masks learnt while the start filters were at one generation; 0 for a way of beginning not met yet.</summary>
    private sealed class StartMasks(int generation)
    {
        public int Generation { get; } = generation;

        public ulong[] Masks { get; } = new ulong[128 * Seconds];
    }
}
