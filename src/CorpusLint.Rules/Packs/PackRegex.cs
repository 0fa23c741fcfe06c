using System.Text.RegularExpressions;

namespace CorpusLint.Rules.Packs;

/// <summary>
/// The regular expression a pack rule matches with, in two tiers like the JIT's.
/// A built-in pack starts on source-generated code (<see cref="BuiltInRegexes"/>): nothing to build, where
/// building the non-backtracking automata took longer than checking an article, so a pre-commit run on one or
/// two files never pays for it. Once a regex has matched <see cref="HotCalls"/> lines (a corpus run, after a few
/// dozen articles), it builds its non-backtracking form and moves to it: that engine is linear in the line and,
/// on these patterns (unanchored credits, long alternations), several times faster per line. Generated code
/// backtracks, so it runs under a short timeout, and a line that exhausts it moves the regex to the linear
/// engine at once: a pathological line costs the timeout, never a hang. Both engines give the same answers.
/// A user's pack has no generated code: it runs on the non-backtracking engine with its own timeout, and a
/// line that still exceeds it is an error of that rule.
/// </summary>
public sealed class PackRegex
{
    /// <summary>Lines matched on the generated code before the regex builds its linear form.</summary>
    public const int HotCalls = 5_000;

    private readonly Regex _first;
    private readonly Func<Regex>? _buildLinear;
    private Regex? _linear;
    private int _calls;
    private int _building;

    private PackRegex(Regex first, Func<Regex>? buildLinear)
    {
        _first = first;
        _buildLinear = buildLinear;
    }

    /// <summary>A regex on the non-backtracking engine already: no second tier.</summary>
    public static PackRegex Linear(Regex regex) => new(regex, null);

    /// <summary>A backtracking regex that moves to the linear engine when hot or on a timeout.</summary>
    public static PackRegex Tiered(Regex backtracking, Func<Regex> buildLinear) => new(backtracking, buildLinear);

    /// <summary>Runs a match on the current tier.</summary>
    /// <remarks>A static callback with explicit state, so a match on the hot path allocates no closure.</remarks>
    public TResult Run<TState, TResult>(TState state, Func<Regex, TState, TResult> match)
    {
        if (Volatile.Read(ref _linear) is { } linear)
        {
            return match(linear, state);
        }

        // The count may lose increments between threads: it only has to get past the mark, not be exact.
        if (_buildLinear is not null && ++_calls >= HotCalls && Interlocked.Exchange(ref _building, 1) == 0)
        {
            return match(BuildLinear(), state);
        }

        try
        {
            return match(_first, state);
        }
        catch (RegexMatchTimeoutException) when (_buildLinear is not null)
        {
            return match(BuildLinear(), state);
        }
    }

    // Two threads may build at once (one hot, one timed out); the first to finish is kept, both answers agree.
    private Regex BuildLinear()
    {
        Interlocked.CompareExchange(ref _linear, _buildLinear!(), null);
        return _linear!;
    }
}
