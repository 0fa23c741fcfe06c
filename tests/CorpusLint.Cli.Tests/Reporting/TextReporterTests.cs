using CorpusLint.Cli.Files;
using CorpusLint.Cli.Linting;
using CorpusLint.Cli.Reporting;
using CorpusLint.Diagnostics;
using CorpusLint.Text;

namespace CorpusLint.Cli.Tests.Reporting;

public class TextReporterTests
{
    /// <summary>
    /// Each diagnostic is headed by its own severity and rule id, across files and in any mix: a rule at two
    /// severities (a per-path override), equal ids that are different strings, and more rules than the reporter
    /// keeps labels for.
    /// </summary>
    [Fact]
    public void EachDiagnosticIsHeadedByItsSeverityAndRule()
    {
        var random = new Random(20261207);
        var text = SourceText.From("One line of text.\n");
        var severities = new[] { Severity.Error, Severity.Warning, Severity.Info };

        // Ids as rules hold them, each one object used again and again, and each of the first ten also as a second
        // object of the same text; 100 rules in all, more than the reporter keeps labels for.
        var ids = Enumerable.Range(0, 90).Select(n => $"T{n}").Concat(Enumerable.Range(0, 10).Select(n => new string($"T{n}".AsSpan()))).ToArray();
        var reports = new List<FileReport>();
        var expected = new List<string>();
        for (int file = 0; file < 20; file++)
        {
            var diagnostics = new List<Diagnostic>();
            for (int i = 0; i < 30; i++)
            {
                string id = ids[random.Next(ids.Length)];
                var severity = severities[random.Next(severities.Length)];
                var descriptor = new DiagnosticDescriptor(id, "Test", "Test message", "Test", severity, FixSafety.None, "Test rule.");
                var location = Location.Create($"f{file}.txt", text, new TextSpan(0, 3));
                diagnostics.Add(new Diagnostic(descriptor, location, "Test message", severity, null));
                expected.Add($"{severity.ToName()}[{id}]: Test message");
            }

            var input = new InputFile($"/corpus/f{file}.txt", $"f{file}.txt", $"f{file}.txt");
            reports.Add(FileReport.Of(input, text, diagnostics));
        }

        var output = ReporterRun.Write(new TextReporter(AnsiStyle.Plain), reports);
        var headings = output.Split('\n').Where(l => l.EndsWith(": Test message", StringComparison.Ordinal));
        Assert.Equal(expected, headings);
    }
}
