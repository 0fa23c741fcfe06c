using System.Runtime.CompilerServices;
using System.Text;
using CorpusLint.Cli.Linting;
using CorpusLint.Diagnostics;

namespace CorpusLint.Cli.Reporting;

/// <summary>
/// The default format, for people: each diagnostic with its rule, where it is, the flagged line with carets
/// under the finding and the fix on offer, then a summary. Colour only when <paramref name="style"/> says so.
/// Built straight as UTF-8, with no string made for a diagnostic: a large run writes a million.
/// </summary>
public sealed class TextReporter(AnsiStyle style) : IReporter, IFileFormatter
{
    private readonly RuleLabel?[] _ruleLabels = new RuleLabel?[64];
    private TextWriter _output = TextWriter.Null;

    public void Begin(TextWriter output) => _output = output;

    public void WriteFile(FileReport report) => IFileFormatter.Write(this, report, _output);

    public void Format(FileReport report, Utf8Builder output)
    {
        if (report.Diagnostics.Count == 0)
        {
            return;
        }

        // Every diagnostic of the file names it: its path is encoded once.
        var path = Encoding.UTF8.GetBytes(report.File.DisplayPath);
        int newLine = output.NewLineBytes.Length;
        foreach (var diagnostic in report.Diagnostics)
        {
            // Room for the most the diagnostic can take (text at most three bytes a character), reserved at once.
            int fixTitle = diagnostic.Fix?.Title.Length ?? 0;
            int room = 256 + path.Length + 3 * (diagnostic.Id.Length + diagnostic.Message.Length + fixTitle) + 4 * newLine + CodeFrame.MaxLength(newLine);
            var text = new Utf8SpanWriter(output.GetSpan(room), output.NewLineBytes);
            Append(ref text, report, path, diagnostic);
            output.Advance(text.Length);
        }
    }

    public void End(RunSummary summary) => _output.WriteLine(style.Bold(summary.Describe()));

    private void Append(ref Utf8SpanWriter text, FileReport report, byte[] path, Diagnostic diagnostic)
    {
        var colour = SeverityColour(diagnostic.Severity);
        var location = diagnostic.Location;

        // warning[CL2001]: message
        style.Append(ref text, colour, RuleLabelOf(diagnostic));
        text.Append(": "u8);
        style.Append(ref text, AnsiColour.Bold, diagnostic.Message);
        text.AppendLine();

        //  --> path:line:column, under a gutter as wide as the line number
        int gutter = CodeFrame.Digits(location.Line);
        text.Append((byte)' ', gutter);
        style.Append(ref text, AnsiColour.Cyan, "-->"u8);
        text.Append((byte)' ');
        text.Append(path);
        text.Append((byte)':');
        text.Append(location.Line);
        text.Append((byte)':');
        text.Append(location.Column);
        text.AppendLine();

        if (report.FlaggedLines.TryGet(location.Start.Line, out var flaggedLine, out var asciiLine))
        {
            if (flaggedLine is null)
            {
                CodeFrame.Append(ref text, asciiLine, location, style, colour);
            }
            else
            {
                CodeFrame.Append(ref text, flaggedLine, location, style, colour);
            }
        }

        if (diagnostic.Fix is { } fix)
        {
            // Many fixes are titled like their message; then the line only says that a fix exists.
            string what = fix.Title == diagnostic.Message ? "available" : fix.Title;
            string when = diagnostic.Descriptor.FixSafety != FixSafety.Unsafe ? string.Empty
                : diagnostic.IsFixAppliedByDefault ? " (unsafe, but the rule is sure enough that `fix` applies it)"
                : " (unsafe: applied with `fix --unsafe-fixes`)";
            text.Append((byte)' ', gutter);
            text.Append((byte)' ');
            style.Append(ref text, AnsiColour.Cyan, "="u8);
            text.Append(" fix: "u8);
            text.Append(what);
            text.Append(when);
            text.AppendLine();
        }

        text.AppendLine();
    }

    // A rule's label ("warning[CL2001]") as UTF-8, kept by the id's object and the severity: a file's diagnostics
    // come from a few rules whose ids are their descriptors' strings, and formatting the label for each diagnostic
    // was about a tenth of the text format's instructions (44 of 455 M over three folders of the benchmark's
    // corpus). Workers format files at once; an entry is written whole (a reference), so a race at worst formats a
    // label twice.
    private byte[] RuleLabelOf(Diagnostic diagnostic)
    {
        string id = diagnostic.Id;
        ref var label = ref _ruleLabels[RuntimeHelpers.GetHashCode(id) & (_ruleLabels.Length - 1)];
        var known = Volatile.Read(ref label);
        if (known is null || !ReferenceEquals(known.Id, id) || known.Severity != diagnostic.Severity)
        {
            known = new RuleLabel(id, diagnostic.Severity, Encoding.UTF8.GetBytes($"{diagnostic.Severity.ToName()}[{id}]"));
            Volatile.Write(ref label, known);
        }

        return known.Utf8;
    }

    private sealed record RuleLabel(string Id, Severity Severity, byte[] Utf8);

    private static AnsiColour SeverityColour(Severity severity) => severity switch
    {
        Severity.Error => AnsiColour.Red,
        Severity.Warning => AnsiColour.Yellow,
        _ => AnsiColour.Blue,
    };
}
