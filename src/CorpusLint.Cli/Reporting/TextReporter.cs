using System.Globalization;
using CorpusLint.Cli.Linting;
using CorpusLint.Diagnostics;

namespace CorpusLint.Cli.Reporting;

/// <summary>
/// The default format, for people: each diagnostic with its rule, where it is, the flagged line with carets
/// under the finding and the fix on offer, then a summary. Colour only when <paramref name="style"/> says so.
/// </summary>
public sealed class TextReporter(AnsiStyle style) : IReporter
{
    private TextWriter _output = TextWriter.Null;

    public void Begin(TextWriter output) => _output = output;

    public void WriteFile(FileReport report)
    {
        foreach (var diagnostic in report.Diagnostics)
        {
            WriteDiagnostic(report, diagnostic, _output);
        }
    }

    public void End(RunSummary summary) => _output.WriteLine(style.Bold(summary.Describe()));

    private void WriteDiagnostic(FileReport report, Diagnostic diagnostic, TextWriter output)
    {
        var colour = SeverityColour(diagnostic.Severity);
        var location = diagnostic.Location;
        string gutter = new(' ', (location.Line).ToString(CultureInfo.InvariantCulture).Length);

        output.WriteLine($"{colour($"{diagnostic.Severity.ToName()}[{diagnostic.Id}]")}: {style.Bold(diagnostic.Message)}");
        output.WriteLine($"{gutter}{style.Cyan("-->")} {report.File.DisplayPath}:{location.Line}:{location.Column}");
        if (report.FlaggedLines.TryGetValue(location.Start.Line, out var flaggedLine))
        {
            foreach (var line in CodeFrame.Render(flaggedLine, location, style, colour))
            {
                output.WriteLine(line);
            }
        }

        if (diagnostic.Fix is { } fix)
        {
            // Many fixes are titled like their message; then the line only says that a fix exists.
            string what = fix.Title == diagnostic.Message ? "available" : fix.Title;
            string when = diagnostic.Descriptor.FixSafety != FixSafety.Unsafe ? string.Empty
                : diagnostic.IsFixAppliedByDefault ? " (unsafe, but the rule is sure enough that `fix` applies it)"
                : " (unsafe: applied with `fix --unsafe-fixes`)";
            output.WriteLine($"{gutter} {style.Cyan("=")} fix: {what}{when}");
        }

        output.WriteLine();
    }

    private Func<string, string> SeverityColour(Severity severity) => severity switch
    {
        Severity.Error => style.Red,
        Severity.Warning => style.Yellow,
        _ => style.Blue,
    };
}
