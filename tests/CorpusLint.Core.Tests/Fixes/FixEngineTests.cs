using CorpusLint.Diagnostics;
using CorpusLint.Fixes;
using CorpusLint.Text;

namespace CorpusLint.Core.Tests.Fixes;

public class FixEngineTests
{
    private static readonly DiagnosticDescriptor RemoveX = Descriptor("T0001", FixSafety.Safe);
    private static readonly DiagnosticDescriptor RemoveXUnsafe = Descriptor("T0002", FixSafety.Unsafe);

    [Fact]
    public void RemovesReportedLinesAndNormalises()
    {
        var result = FixEngine.Fix(SourceText.From("Title\nx\nBody.\n"), t => LinesEqualTo(t, "x", RemoveX));
        Assert.Equal("Title\n\nBody.\n", result.Fixed.Text);
        Assert.Single(result.Applied);
        Assert.True(result.ReachedFixpoint);
    }

    [Fact]
    public void UnsafeFixesNeedToBeAskedFor()
    {
        var text = SourceText.From("Title\n\nx\n\nBody.\n");
        Assert.Contains("x", FixEngine.Fix(text, t => LinesEqualTo(t, "x", RemoveXUnsafe)).Fixed.Text);
        var withUnsafe = FixEngine.Fix(text, t => LinesEqualTo(t, "x", RemoveXUnsafe), new FixOptions { IncludeUnsafe = true });
        Assert.DoesNotContain("x", withUnsafe.Fixed.Text);
    }

    [Fact]
    public void OverlappingFixesAreSettledByPositionThenRuleId()
    {
        var text = SourceText.From("abcdef\n");
        var late = Diagnostic(Descriptor("T0009", FixSafety.Safe), text, new TextChange(new TextSpan(0, 3), "X"));
        var early = Diagnostic(Descriptor("T0003", FixSafety.Safe), text, new TextChange(new TextSpan(0, 2), "Y"));
        var chosen = FixEngine.ChooseFixes([late, early], FixOptions.Default);
        Assert.Equal(["T0003"], chosen.Select(d => d.Id));
    }

    [Fact]
    public void FixesTiedOnPositionAndRuleKeepTheOrderTheyWereFound()
    {
        var text = SourceText.From("abcdef\n");
        var rule = Descriptor("T0003", FixSafety.Safe);
        var first = Diagnostic(rule, text, new TextChange(new TextSpan(0, 3), "X"));
        var second = Diagnostic(rule, text, new TextChange(new TextSpan(0, 2), "Y"));
        Assert.Same(first, Assert.Single(FixEngine.ChooseFixes([first, second], FixOptions.Default)));
        Assert.Same(second, Assert.Single(FixEngine.ChooseFixes([second, first], FixOptions.Default)));
    }

    [Fact]
    public void AFixIsPlacedByItsEarliestChangeNotItsFirstListed()
    {
        var text = SourceText.From("abcdef\n");
        var twoChanges = Diagnostic(Descriptor("T0009", FixSafety.Safe), text, new TextChange(new TextSpan(4, 1), "X"), new TextChange(new TextSpan(0, 1), "X"));
        var oneChange = Diagnostic(Descriptor("T0003", FixSafety.Safe), text, new TextChange(new TextSpan(1, 3), "Y"), new TextChange(new TextSpan(4, 2), "Y"));
        Assert.Equal(["T0009"], FixEngine.ChooseFixes([oneChange, twoChanges], FixOptions.Default).Select(d => d.Id));
    }

    [Fact]
    public void RepeatsUntilNothingChangesButStopsAtTheRoundLimit()
    {
        // A rule that always finds a word to remove from "a a a … b" needs one round per word. Forced, as it
        // removes most of the words, which the guard would otherwise refuse.
        static IReadOnlyList<Diagnostic> RemoveFirstA(SourceText t) =>
            t.Text.StartsWith("a ", StringComparison.Ordinal) ? [Diagnostic(RemoveX, t, TextChange.Delete(new TextSpan(0, 2)))] : [];

        var forced = new FixOptions { Force = true };
        var done = FixEngine.Fix(SourceText.From("a a a b\n"), RemoveFirstA, forced);
        Assert.Equal("b\n", done.Fixed.Text);
        Assert.True(done.ReachedFixpoint);

        var limited = FixEngine.Fix(SourceText.From(string.Concat(Enumerable.Repeat("a ", 50)) + "b\n"), RemoveFirstA, forced with { MaxIterations = 5 });
        Assert.False(limited.ReachedFixpoint);
        Assert.Equal(45, limited.Fixed.Text.Count(c => c == 'a'));
    }

    [Fact]
    public void KeepsWhatTheFirstRoundFoundOnTheOriginalEvenWhenTheGuardRefuses()
    {
        var text = SourceText.From("Title\nx\nBody.\n");
        var analysed = new List<(SourceText Text, IReadOnlyList<Diagnostic> Found)>();
        IReadOnlyList<Diagnostic> Analyze(SourceText t)
        {
            var found = LinesEqualTo(t, "x", RemoveX);
            analysed.Add((t, found));
            return found;
        }

        var result = FixEngine.Fix(text, Analyze);
        Assert.Same(text, analysed[0].Text);
        Assert.Same(analysed[0].Found, result.OriginalDiagnostics);
        Assert.Equal(2, analysed.Count);

        var refused = FixEngine.Fix(text, Analyze, new FixOptions { MaxRemovedWordShare = 0 });
        Assert.NotNull(refused.Refusal);
        Assert.Same(analysed[2].Found, refused.OriginalDiagnostics);
        Assert.Single(refused.OriginalDiagnostics);
    }

    private static DiagnosticDescriptor Descriptor(string id, FixSafety safety) =>
        new(id, "test", "test {0}", "Test", Severity.Warning, safety, "A test rule.");

    private static IReadOnlyList<Diagnostic> LinesEqualTo(SourceText text, string content, DiagnosticDescriptor descriptor)
    {
        var found = new List<Diagnostic>();
        for (int i = 0; i < text.LineCount; i++)
        {
            var line = text.GetLine(i);
            if (text.ToString(line.Span) == content)
            {
                found.Add(Diagnostic(descriptor, text, TextChange.Delete(line.SpanIncludingLineBreak)));
            }
        }

        return found;
    }

    // Located at the first change listed.
    private static Diagnostic Diagnostic(DiagnosticDescriptor descriptor, SourceText text, params TextChange[] changes) =>
        new(descriptor, Location.Create("t.txt", text, changes[0].Span), descriptor.FormatMessage("x"), Severity.Warning, new CodeFix("fix", changes));
}
