using CorpusLint.Analysis;
using CorpusLint.Configuration;
using CorpusLint.Diagnostics;
using CorpusLint.Text;

namespace CorpusLint.Core.Tests.Analysis;

public class AnalyzerDriverTests
{
    private static readonly DiagnosticDescriptor ShortLine = new("T1001", "Short line", "Short line '{0}'", "Test", Severity.Warning, FixSafety.Safe, "Test rule.");

    private sealed class ShortLineAnalyzer : Analyzer
    {
        public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [ShortLine];

        public override void Initialize(AnalysisContext context) => context.RegisterLineAction(c =>
        {
            if (c.Line.Features.WordCount == 1)
            {
                c.ReportLine(ShortLine, c.Line, c.Line.Text);
            }
        });
    }

    private sealed class ThrowingAnalyzer : Analyzer
    {
        public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [ShortLine with { Id = "T1002" }];

        public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(_ => throw new InvalidOperationException("boom"));
    }

    /// <summary>Reports the given (rule, start, length, tag) in the given order.</summary>
    private sealed class ScrambledAnalyzer((string Id, int Start, int Length, string Tag)[] reports) : Analyzer
    {
        public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [.. reports.Select(r => r.Id).Distinct().Select(id => ShortLine with { Id = id })];

        public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(c =>
        {
            foreach (var (id, start, length, tag) in reports)
            {
                c.Report(ShortLine with { Id = id }, new TextSpan(start, length), null, tag);
            }
        });
    }

    /// <summary>Diagnostics come out by start, then rule id (ordinal), then end, and ties in the order reported.</summary>
    [Fact]
    public void DiagnosticsComeInReportOrder()
    {
        var random = new Random(20261207);
        for (int sample = 0; sample < 50; sample++)
        {
            var reports = Enumerable.Range(0, 40)
                .Select(i => (Id: random.Next(2) == 0 ? "T2" : "T10", Start: random.Next(4), Length: random.Next(3), Tag: $"#{i}"))
                .ToArray();
            AssertReportOrder(reports, "abcdefgh\n");
        }
    }

    /// <summary>
    /// The same with more rules, ids that order differently by character code than by culture (`T10` before `T2`,
    /// capitals before small letters) and equal ids that are different strings, starts past 65,535, and rules
    /// interleaved as a document action may report them.
    /// </summary>
    [Fact]
    public void DiagnosticsComeInReportOrderWithManyRulesAndLongTexts()
    {
        string[] ids = ["T2", "T10", "T1", "t1", "T10a", "U"];
        var text = new string('a', 200_000) + "\n";
        var random = new Random(7);
        for (int sample = 0; sample < 30; sample++)
        {
            bool near = sample % 2 == 0;
            var reports = Enumerable.Range(0, 200)
                .Select(i => (Id: new string(ids[random.Next(ids.Length)].AsSpan()), Start: near ? random.Next(6) : random.Next(199_990), Length: random.Next(4), Tag: $"#{i}"))
                .ToArray();
            AssertReportOrder(reports, text);
        }
    }

    private static void AssertReportOrder((string Id, int Start, int Length, string Tag)[] reports, string text)
    {
        var diagnostics = new AnalyzerDriver([new ScrambledAnalyzer(reports)]).Analyze(SourceText.From(text), "a.txt");
        var expected = reports
            .OrderBy(r => r.Start).ThenBy(r => r.Id, StringComparer.Ordinal).ThenBy(r => r.Start + r.Length)
            .Select(r => $"Short line '{r.Tag}'");
        Assert.Equal(expected, diagnostics.Select(d => d.Message));
    }

    [Fact]
    public void ReportsWithOneBasedLineAndColumnAndARemovalFix()
    {
        var driver = new AnalyzerDriver([new ShortLineAnalyzer()]);
        var diagnostics = driver.Analyze(SourceText.From("A long first line.\n\nMenu\n"), "a.txt");
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(3, diagnostic.Location.Line);
        Assert.Equal(1, diagnostic.Location.Column);
        Assert.Equal("Short line 'Menu'", diagnostic.Message);
        Assert.Equal(new TextSpan(20, 5), Assert.Single(diagnostic.Fix!.Changes).Span);
    }

    [Fact]
    public void SeverityNoneTurnsARuleOff()
    {
        var settings = new AnalysisSettings((_, _) => Severity.None, RuleOptions.Empty);
        var driver = new AnalyzerDriver([new ShortLineAnalyzer()], settings);
        Assert.Empty(driver.Analyze(SourceText.From("Menu\n"), "a.txt"));
    }

    [Fact]
    public void ARuleThatThrowsBecomesADiagnosticNotACrash()
    {
        var driver = new AnalyzerDriver([new ThrowingAnalyzer(), new ShortLineAnalyzer()]);
        var diagnostics = driver.Analyze(SourceText.From("Menu\n"), "a.txt");
        Assert.Contains(diagnostics, d => d.Id == "CL0001" && d.Message.Contains("T1002") && d.Message.Contains("boom"));
        Assert.Contains(diagnostics, d => d.Id == "T1001");
    }
}
