using System.Text;
using System.Text.RegularExpressions;
using CorpusLint.Rules.Packs;
using CorpusLint.Testing;

namespace CorpusLint.Rules.Tests.Packs;

public class BuiltInRegexesTests
{
    private const string GeneratedFile = "src/CorpusLint.Rules/Packs/BuiltInRegexes.g.cs";

    /// <summary>
    /// BuiltInRegexes.g.cs is written from rules/*.json by this test: run it with CORPUSLINT_ACCEPT_SNAPSHOTS=1
    /// after editing a pack. A stale file costs start-up time, not correctness (the loader builds what it lacks).
    /// </summary>
    [Fact]
    public void GeneratedRegexesMatchTheBuiltInPacks() =>
        Snapshot.VerifyGeneratedSource(GeneratedFile, Render(RulePackLoader.BuiltInRegexSources()), nameof(BuiltInRegexesTests));

    [Fact]
    public void ALineThatExhaustsTheBacktrackingEngineIsMatchedByTheLinearOne()
    {
        // Nested quantifiers: the backtracking engine tries every split of the a's before it fails.
        const string pattern = "^(a+)+$";
        int built = 0;
        var regex = PackRegex.Tiered(
            new Regex(pattern, RegexOptions.None, TimeSpan.FromMilliseconds(1)),
            () => { built++; return new Regex(pattern, RegexOptions.NonBacktracking); });
        string line = new string('a', 40) + "!";

        Assert.False(regex.Run(line, static (r, text) => r.IsMatch(text)));
        Assert.Equal(1, built);
        Assert.True(regex.Run("aaaa", static (r, text) => r.IsMatch(text)));
        Assert.False(regex.Run(line, static (r, text) => r.IsMatch(text)));
        Assert.Equal(1, built);
    }

    /// <summary>A hot regex learns its filter and stays on the generated code: behind the filter that code answers faster, with nothing to build.</summary>
    [Fact]
    public void AHotRegexStaysOnTheGeneratedCodeWithItsAnswers()
    {
        const string pattern = @"^share\b";
        int built = 0;
        var generated = new Regex(pattern, RegexOptions.IgnoreCase);
        var regex = PackRegex.Tiered(
            generated,
            () => { built++; return new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.NonBacktracking); });
        string[] lines = ["Share this", "We share a view", "SHARE"];
        var before = lines.Select(l => regex.Run(l, static (r, text) => r.IsMatch(text))).ToList();

        for (int i = 0; i < 2 * PackRegex.HotCalls; i++)
        {
            regex.Run(lines[i % lines.Length], static (r, text) => r.IsMatch(text));
        }

        Assert.Equal(0, built);
        Assert.Same(generated, RegexUsed(regex));
        Assert.Equal(before, lines.Select(l => regex.Run(l, static (r, text) => r.IsMatch(text))));
        Assert.Equal([true, false, true], before);
    }

    [Fact]
    public void ARegexLearnsItsPatternsFilterOnceWhenHot()
    {
        const string pattern = @"^share\b";
        int asked = 0;
        PatternFilter? FindFilter()
        {
            asked++;
            return PatternFilter.Of([pattern], RegexOptions.IgnoreCase);
        }

        var tiered = PackRegex.Tiered(new Regex(pattern, RegexOptions.IgnoreCase), () => new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.NonBacktracking), FindFilter);
        Assert.True(tiered.MayMatch("x"));
        for (int i = 0; i < 2 * PackRegex.HotCalls; i++)
        {
            tiered.Run("Share this", static (r, text) => r.IsMatch(text));
        }

        Assert.Equal(1, asked);
        Assert.False(tiered.MayMatch("x"));
        Assert.True(tiered.MayMatch("Sh"));

        // A user's pack is on the linear engine from the start, so it knows its filter at once.
        var linear = PackRegex.Linear(new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.NonBacktracking), FindFilter);
        Assert.False(linear.MayMatch("x"));
        Assert.True(linear.MayMatch("sh"));
    }

    /// <summary>
    /// A thread that matches many lines on the linear engine (here after a line exhausted the generated code) gets a
    /// regex of its own (a shared one's cached runner moves between the threads' caches); the first takes the shared
    /// one, another builds a copy, and the answers stay the same.
    /// </summary>
    [Fact]
    public async Task AThreadPastTheSharedCallsMatchesWithItsOwnLinearRegexAndTheSameAnswers()
    {
        // The second alternative's nested quantifiers make the backtracking engine try every split of the a's.
        const string pattern = @"^share\b|^(a+)+$";
        int built = 0;
        var regex = PackRegex.Tiered(
            new Regex(pattern, RegexOptions.IgnoreCase, TimeSpan.FromMilliseconds(1)),
            () => { Interlocked.Increment(ref built); return new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.NonBacktracking); });
        Assert.False(regex.Run(new string('a', 40) + "!", static (r, text) => r.IsMatch(text)));

        var shared = RegexUsed(regex);
        var there = await Task.Factory.StartNew(() => (First: RegexUsed(regex), Last: RegexAfterSharedCalls(regex), Answers: Answers(regex)), TaskCreationOptions.LongRunning);
        var here = RegexAfterSharedCalls(regex);

        Assert.Equal(RegexOptions.NonBacktracking, shared.Options & RegexOptions.NonBacktracking);
        Assert.Same(shared, there.First);
        Assert.Same(shared, there.Last);
        Assert.NotSame(shared, here);
        Assert.Equal(2, built);
        Assert.Equal([true, false], there.Answers);
        Assert.Equal(there.Answers, Answers(regex));
    }

    [Fact]
    public async Task AUserPackRegexIsCopiedForASecondThreadWithItsTimeout()
    {
        var loaded = new Regex("^(a+)+$", RegexOptions.NonBacktracking, TimeSpan.FromMilliseconds(7));
        var regex = PackRegex.Linear(loaded);

        Assert.Same(loaded, RegexAfterSharedCalls(regex));
        var copy = await Task.Factory.StartNew(() => RegexAfterSharedCalls(regex), TaskCreationOptions.LongRunning);
        Assert.NotSame(loaded, copy);
        Assert.Equal((loaded.ToString(), loaded.Options, loaded.MatchTimeout), (copy.ToString(), copy.Options, copy.MatchTimeout));
    }

    [Fact]
    public void AUserPackRegexThatTimesOutIsAnErrorOfItsRule()
    {
        var regex = PackRegex.Linear(new Regex("^(a+)+$", RegexOptions.None, TimeSpan.FromMilliseconds(1)));

        Assert.Throws<RegexMatchTimeoutException>(() => regex.Run(new string('a', 40) + "!", static (r, text) => r.IsMatch(text)));
    }

    private static Regex RegexUsed(PackRegex regex) => regex.Run(0, static (r, _) => r);

    private static Regex RegexAfterSharedCalls(PackRegex regex)
    {
        for (int i = 0; i < PackRegex.SharedCalls; i++)
        {
            RegexUsed(regex);
        }

        return RegexUsed(regex);
    }

    private static bool[] Answers(PackRegex regex) =>
        [regex.Run("SHARE", static (r, text) => r.IsMatch(text)), regex.Run("We share a view", static (r, text) => r.IsMatch(text))];

    private static string Render(IEnumerable<(string Name, string Pattern)> regexes)
    {
        var list = regexes.ToList();
        var text = new StringBuilder();
        text.Append("""
            // <auto-generated>
            // Written from rules/*.json by BuiltInRegexesTests; do not edit. After editing a pack, regenerate it:
            //   CORPUSLINT_ACCEPT_SNAPSHOTS=1 dotnet test tests/CorpusLint.Rules.Tests --filter BuiltInRegexesTests
            // </auto-generated>
            using System.Text.RegularExpressions;

            namespace CorpusLint.Rules.Packs;

            internal static partial class BuiltInRegexes
            {
                private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

                private static Regex[] All() =>
                [

            """);
        foreach (var (name, _) in list)
        {
            text.Append($"        {name}(),\n");
        }

        text.Append("    ];\n");
        foreach (var (name, pattern) in list)
        {
            text.Append('\n')
                .Append($"    [GeneratedRegex(@\"{pattern.Replace("\"", "\"\"", StringComparison.Ordinal)}\", Options, MatchTimeoutMilliseconds)]\n")
                .Append($"    private static partial Regex {name}();\n");
        }

        return text.Append("}\n").ToString();
    }
}
