using System.Text;
using CorpusLint.Cli.Linting;
using CorpusLint.Diagnostics;

namespace CorpusLint.Cli.Reporting;

/// <summary>
/// One line per diagnostic, `path(line,col): severity ID: message`, the format MSBuild, Visual Studio and
/// most editors' problem matchers understand, then a summary line.
/// </summary>
public sealed class MsBuildReporter(bool summary) : IReporter, IFileFormatter
{
    private TextWriter _output = TextWriter.Null;

    public void Begin(TextWriter output) => _output = output;

    public void WriteFile(FileReport report) => IFileFormatter.Write(this, report, _output);

    public void Format(FileReport report, Utf8Builder output)
    {
        if (report.Diagnostics.Count == 0)
        {
            return;
        }

        // The line Format returns, written piece by piece into room reserved for it (a large run writes a
        // million); the path encoded once.
        var path = Encoding.UTF8.GetBytes(report.File.DisplayPath);
        foreach (var diagnostic in report.Diagnostics)
        {
            int room = path.Length + 64 + 3 * (diagnostic.Id.Length + diagnostic.Message.Length) + output.NewLineBytes.Length;
            var line = new Utf8SpanWriter(output.GetSpan(room), output.NewLineBytes);
            line.Append(path);
            line.Append((byte)'(');
            line.Append(diagnostic.Location.Line);
            line.Append((byte)',');
            line.Append(diagnostic.Location.Column);
            line.Append("): "u8);
            line.Append(diagnostic.Severity.ToName());
            line.Append((byte)' ');
            line.Append(diagnostic.Id);
            line.Append(": "u8);
            line.Append(diagnostic.Message);
            line.AppendLine();
            output.Advance(line.Length);
        }
    }

    public void End(RunSummary runSummary)
    {
        if (summary)
        {
            _output.WriteLine(runSummary.Describe());
        }
    }

    public static string Format(string path, Diagnostic diagnostic) =>
        $"{path}({diagnostic.Location.Line},{diagnostic.Location.Column}): {diagnostic.Severity.ToName()} {diagnostic.Id}: {diagnostic.Message}";
}
