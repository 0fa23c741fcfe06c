using System.Globalization;
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

    public void WriteFile(FileReport report) => Format(report, _output);

    public void Format(FileReport report, TextWriter output)
    {
        Span<char> position = stackalloc char[32];
        foreach (var diagnostic in report.Diagnostics)
        {
            // The line Format returns, written piece by piece (a large run writes a million).
            output.Write(report.File.DisplayPath);
            position.TryWrite(CultureInfo.InvariantCulture, $"({diagnostic.Location.Line},{diagnostic.Location.Column}): ", out int written);
            output.Write(position[..written]);
            output.Write(diagnostic.Severity.ToName());
            output.Write(' ');
            output.Write(diagnostic.Id);
            output.Write(": ");
            output.WriteLine(diagnostic.Message);
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
