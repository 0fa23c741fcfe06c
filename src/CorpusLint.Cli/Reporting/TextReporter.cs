using System.Globalization;
using CorpusLint.Cli.Linting;
using CorpusLint.Diagnostics;

namespace CorpusLint.Cli.Reporting;

/// <summary>
/// The default format, for people: each diagnostic with its rule, where it is, the flagged line with carets
/// under the finding and the fix on offer, then a summary. Colour only when <paramref name="style"/> says so.
/// A diagnostic is built in place and written in one call, with no string made for it: a large run writes a million.
/// </summary>
public sealed class TextReporter(AnsiStyle style) : IReporter, IFileFormatter
{
    private TextWriter _output = TextWriter.Null;

    public void Begin(TextWriter output) => _output = output;

    public void WriteFile(FileReport report) => Format(report, _output);

    public void Format(FileReport report, TextWriter output)
    {
        var text = new TextBuilder(stackalloc char[1024], output.NewLine);
        foreach (var diagnostic in report.Diagnostics)
        {
            Append(ref text, report, diagnostic);
            text.WriteTo(output);
        }

        text.Dispose();
    }

    public void End(RunSummary summary) => _output.WriteLine(style.Bold(summary.Describe()));

    private void Append(ref TextBuilder text, FileReport report, Diagnostic diagnostic)
    {
        var colour = SeverityColour(diagnostic.Severity);
        var location = diagnostic.Location;

        // warning[CL2001]: message
        Span<char> rule = stackalloc char[64];
        if (rule.TryWrite(CultureInfo.InvariantCulture, $"{diagnostic.Severity.ToName()}[{diagnostic.Id}]", out int written))
        {
            style.Append(ref text, colour, rule[..written]);
        }
        else
        {
            style.Append(ref text, colour, $"{diagnostic.Severity.ToName()}[{diagnostic.Id}]");
        }

        text.Append(": ");
        style.Append(ref text, AnsiColour.Bold, diagnostic.Message);
        text.AppendLine();

        //  --> path:line:column, under a gutter as wide as the line number
        int gutter = CodeFrame.Digits(location.Line);
        text.Append(' ', gutter);
        style.Append(ref text, AnsiColour.Cyan, "-->");
        text.Append(' ');
        text.Append(report.File.DisplayPath);
        text.Append(':');
        text.Append(location.Line);
        text.Append(':');
        text.Append(location.Column);
        text.AppendLine();

        if (report.FlaggedLines.TryGetValue(location.Start.Line, out var flaggedLine))
        {
            CodeFrame.Append(ref text, flaggedLine, location, style, colour);
        }

        if (diagnostic.Fix is { } fix)
        {
            // Many fixes are titled like their message; then the line only says that a fix exists.
            string what = fix.Title == diagnostic.Message ? "available" : fix.Title;
            string when = diagnostic.Descriptor.FixSafety != FixSafety.Unsafe ? string.Empty
                : diagnostic.IsFixAppliedByDefault ? " (unsafe, but the rule is sure enough that `fix` applies it)"
                : " (unsafe: applied with `fix --unsafe-fixes`)";
            text.Append(' ', gutter);
            text.Append(' ');
            style.Append(ref text, AnsiColour.Cyan, "=");
            text.Append(" fix: ");
            text.Append(what);
            text.AppendLine(when);
        }

        text.AppendLine();
    }

    private static AnsiColour SeverityColour(Severity severity) => severity switch
    {
        Severity.Error => AnsiColour.Red,
        Severity.Warning => AnsiColour.Yellow,
        _ => AnsiColour.Blue,
    };
}
