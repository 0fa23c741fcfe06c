using System.Text.RegularExpressions;
using CorpusLint.Semantics;

namespace CorpusLint.Rules.Packs;

/// <summary>
/// The regular expression a pack rule matches with, on one of two engines.
/// A built-in pack runs on source-generated code (<see cref="BuiltInRegexes"/>): nothing to build, where
/// building the non-backtracking automata took longer than checking an article, so a pre-commit run on one or
/// two files never pays for it. Once a regex has matched <see cref="HotCalls"/> lines (a corpus run, after a few
/// dozen articles), it learns its patterns' filter (<see cref="MayMatch"/>), which turns most lines away before
/// the call, and stays on the generated code. Generated code backtracks, so it runs under a short timeout, and a
/// line that exhausts it moves the regex to the linear engine for good: a pathological line costs the timeout,
/// never a hang. Both engines give the same answers. A user's pack has no generated code: it runs on the
/// non-backtracking engine with its own timeout, and a line that still exceeds it is an error of that rule.
/// </summary>
/// <remarks>
/// A hot regex used to move to the linear engine as well. Behind the filter, the lines that reach a regex are few
/// and the generated code answers them faster: over 102 MB with one job (a build that timed every call), 14 of the
/// 17 built-in regexes spent less time on it (the date line's 57 ms against 36 ms matching plus 39 ms building),
/// two about the same and one (the photo credits) 1.4x more; all of them 477 ms against 623 ms with the builds,
/// and a check with two jobs 3.50 -> 3.20 s, since each thread had also built its own copy of each automaton.
/// <para/>
/// A thread that has matched <see cref="SharedCalls"/> lines on the linear regex gets one of its own. A
/// <see cref="Regex"/> keeps one cached runner, which every match takes and puts back: shared by two worker
/// threads matching every line, that runner and its match object moved between the cores' caches on each call,
/// and a parallel check spent a fifth of its time there (cache misses in Match.Reset and
/// RegexRunner.InitializeForScan under perf; none with one job). A copy costs its build and its automata (0.4 to
/// 7 MB each), so a small run keeps sharing; the first thread past the mark takes the shared regex itself, the
/// others build one.
/// </remarks>
public sealed class PackRegex
{
    /// <summary>Lines matched on the generated code before the regex learns its filter.</summary>
    public const int HotCalls = 5_000;

    /// <summary>Lines a thread matches on the shared linear regex before it has its own (a copy pays for itself after about twice that).</summary>
    public const int SharedCalls = 50_000;

    private readonly Regex? _first;
    private readonly Func<Regex> _buildLinear;
    private readonly Func<PatternFilter?>? _findFilter;
    private static int s_count;

    // Each thread's use of each linear regex, by the regex's number: a thread-static array is read inline, where a
    // ThreadLocal<T> went through the runtime's generic lookup on every match (2 % of a one-job check's instructions).
    [ThreadStatic]
    private static ThreadTier?[]? t_tiers;

    private readonly int _number = Interlocked.Increment(ref s_count) - 1;
    private Regex? _shared;
    private PatternFilter? _filter;
    private int _sharedTaken;
    private int _calls;
    private int _learning;

    private PackRegex(Regex? first, Regex? shared, Func<Regex> buildLinear, Func<PatternFilter?>? findFilter)
    {
        _first = first;
        _shared = shared;
        _buildLinear = buildLinear;
        _findFilter = findFilter;
        if (shared is not null)
        {
            _filter = findFilter?.Invoke();
        }
    }

    /// <summary>
    /// A regex on the non-backtracking engine already: no second tier. Threads that need their own copy it.
    /// <paramref name="findFilter"/> tells what a line its patterns match looks like (see <see cref="MayMatch"/>).
    /// </summary>
    public static PackRegex Linear(Regex regex, Func<PatternFilter?>? findFilter = null) =>
        new(null, regex, () => new Regex(regex.ToString(), regex.Options, regex.MatchTimeout), findFilter);

    /// <summary>
    /// A backtracking regex that learns its filter when hot (a run of a few files never pays for that) and moves to
    /// the linear engine on a timeout.
    /// </summary>
    public static PackRegex Tiered(Regex backtracking, Func<Regex> buildLinear, Func<PatternFilter?>? findFilter = null) =>
        new(backtracking, null, buildLinear, findFilter);

    /// <summary>
    /// Whether the patterns may match this trimmed text: false only when the filter is known and turns it away,
    /// so the caller need not ask the regex.
    /// </summary>
    public bool MayMatch(ReadOnlySpan<char> trimmed) => Volatile.Read(ref _filter) is not { } filter || filter.MayMatch(trimmed);

    /// <summary>Whether the patterns may match a trimmed text beginning so (<see cref="PatternFilter.MayBegin"/>); true while the filter is not known.</summary>
    public bool MayBegin(ReadOnlySpan<char> start) => Volatile.Read(ref _filter) is not { } filter || filter.MayBegin(start);

    /// <summary>Runs a match on the current tier.</summary>
    /// <remarks>A static callback with explicit state, so a match on the hot path allocates no closure.</remarks>
    public TResult Run<TState, TResult>(TState state, Func<Regex, TState, TResult> match)
    {
        if (Volatile.Read(ref _shared) is { } shared)
        {
            return match(ThisThreads(shared), state);
        }

        // The count may lose increments between threads: it only has to get past the mark, not be exact; it
        // stops there.
        if (_calls < HotCalls && ++_calls >= HotCalls && Interlocked.Exchange(ref _learning, 1) == 0)
        {
            Volatile.Write(ref _filter, _findFilter?.Invoke());
            BoilerplateSignals.StartFiltersChanged();
        }

        try
        {
            return match(_first!, state);
        }
        catch (RegexMatchTimeoutException)
        {
            return match(BuildShared(), state);
        }
    }

    // Two threads may build at once (both timed out); the first to finish is kept, both answers agree. A filter the
    // regex learnt when hot is kept, not learnt again.
    private Regex BuildShared()
    {
        var filter = Volatile.Read(ref _filter) ?? _findFilter?.Invoke();
        Interlocked.CompareExchange(ref _shared, _buildLinear(), null);
        Volatile.Write(ref _filter, filter);
        BoilerplateSignals.StartFiltersChanged();
        return _shared!;
    }

    private Regex ThisThreads(Regex shared)
    {
        var thread = ThisThreadsTier();
        if (thread.Own is { } own)
        {
            return own;
        }

        if (++thread.SharedCalls < SharedCalls)
        {
            return shared;
        }

        thread.Own = Interlocked.Exchange(ref _sharedTaken, 1) == 0 ? shared : _buildLinear();
        return thread.Own;
    }

    private ThreadTier ThisThreadsTier()
    {
        var tiers = t_tiers;
        if (tiers is not null && _number < tiers.Length && tiers[_number] is { } tier)
        {
            return tier;
        }

        if (tiers is null || _number >= tiers.Length)
        {
            Array.Resize(ref t_tiers, Math.Max(_number + 1, 2 * (tiers?.Length ?? 8)));
        }

        return t_tiers![_number] = new ThreadTier();
    }

    /// <summary>One thread's use of the linear regex; only that thread reads or writes it.</summary>
    private sealed class ThreadTier
    {
        public Regex? Own;
        public int SharedCalls;
    }
}
