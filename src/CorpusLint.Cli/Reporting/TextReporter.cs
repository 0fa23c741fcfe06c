using System.Globalization;
using CorpusLint.Cli.Linting;
using CorpusLint.Diagnostics;

namespace CorpusLint.Cli.Reporting;

/// <summary>
/// The default format, for people: each diagnostic with its rule, where it is, the flagged line with carets
/// under the finding and the fix on offer, then a summary. Colour only when <paramref name="style"/> says so.
/// A diagnostic is written piece by piece, with no string built for it: a large run writes a million.
/// </summary>
public sealed class TextReporter(AnsiStyle style) : IReporter, IFileFormatter
{
    private TextWriter _output = TextWriter.Null;

    public void Begin(TextWriter output) => _output = output;

    public void WriteFile(FileReport report) => Format(report, _output);

    public void Format(FileReport report, TextWriter output)
    {
        foreach (var diagnostic in report.Diagnostics)
        {
            WriteDiagnostic(report, diagnostic, output);
        }
    }

    public void End(RunSummary summary) => _output.WriteLine(style.Bold(summary.Describe()));

    private void WriteDiagnostic(FileReport report, Diagnostic diagnostic, TextWriter output)
    {
        var colour = SeverityColour(diagnostic.Severity);
        var location = diagnostic.Location;
        Span<char> buffer = stackalloc char[64];

        // warning[CL2001]: message
        if (buffer.TryWrite(CultureInfo.InvariantCulture, $"{diagnostic.Severity.ToName()}[{diagnostic.Id}]", out int written))
        {
            style.Write(output, colour, buffer[..written]);
        }
        else
        {
            style.Write(output, colour, $"{diagnostic.Severity.ToName()}[{diagnostic.Id}]");
        }

        output.Write(": ");
        style.Write(output, AnsiColour.Bold, diagnostic.Message);
        output.WriteLine();

        //  --> path:line:column, under a gutter as wide as the line number
        Span<char> gutter = stackalloc char[11];
        location.Line.TryFormat(gutter, out int digits, provider: CultureInfo.InvariantCulture);
        gutter = gutter[..digits];
        gutter.Fill(' ');
        output.Write(gutter);
        style.Write(output, AnsiColour.Cyan, "-->");
        output.Write(' ');
        output.Write(report.File.DisplayPath);
        buffer.TryWrite(CultureInfo.InvariantCulture, $":{location.Line}:{location.Column}", out written);
        output.Write(buffer[..written]);
        output.WriteLine();

        if (report.FlaggedLines.TryGetValue(location.Start.Line, out var flaggedLine))
        {
            CodeFrame.Write(output, flaggedLine, location, style, colour);
        }

        if (diagnostic.Fix is { } fix)
        {
            // Many fixes are titled like their message; then the line only says that a fix exists.
            string what = fix.Title == diagnostic.Message ? "available" : fix.Title;
            string when = diagnostic.Descriptor.FixSafety != FixSafety.Unsafe ? string.Empty
                : diagnostic.IsFixAppliedByDefault ? " (unsafe, but the rule is sure enough that `fix` applies it)"
                : " (unsafe: applied with `fix --unsafe-fixes`)";
            output.Write(gutter);
            output.Write(' ');
            style.Write(output, AnsiColour.Cyan, "=");
            output.Write(" fix: ");
            output.Write(what);
            output.WriteLine(when);
        }

        output.WriteLine();
    }

    private static AnsiColour SeverityColour(Severity severity) => severity switch
    {
        Severity.Error => AnsiColour.Red,
        Severity.Warning => AnsiColour.Yellow,
        _ => AnsiColour.Blue,
    };
}
