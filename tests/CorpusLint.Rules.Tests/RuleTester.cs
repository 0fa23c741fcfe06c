using CorpusLint.Analysis;
using CorpusLint.Diagnostics;
using CorpusLint.Fixes;
using CorpusLint.Text;

namespace CorpusLint.Rules.Tests;

/// <summary>Runs one analyzer over a text: what it reports, and what its fixes (plus normalisation) produce.</summary>
internal static class RuleTester
{
    public static IReadOnlyList<Diagnostic> Analyze(Analyzer analyzer, string text) =>
        new AnalyzerDriver([analyzer]).Analyze(SourceText.From(text), "test.txt");

    public static string Fix(Analyzer analyzer, string text, bool includeUnsafe = false)
    {
        // Forced: the share limit guards whole pages, and a rule's test snippet is mostly junk on purpose. The
        // other guards (no emptied file, no rewritten word) still apply, and say so rather than fail silently.
        var driver = new AnalyzerDriver([analyzer]);
        var result = FixEngine.Fix(SourceText.From(text), t => driver.Analyze(t, "test.txt"), new FixOptions { IncludeUnsafe = includeUnsafe, Force = true });
        Assert.True(result.Refusal is null, $"the fix engine refused the fix: {result.Refusal?.Message}");
        return result.Fixed.Text;
    }

    /// <summary>The 1-based line numbers the analyzer flags.</summary>
    public static int[] FlaggedLines(Analyzer analyzer, string text) =>
        Analyze(analyzer, text).Select(d => d.Location.Line).Distinct().ToArray();
}
