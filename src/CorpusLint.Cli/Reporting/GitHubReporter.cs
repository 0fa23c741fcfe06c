using CorpusLint.Cli.Linting;
using CorpusLint.Diagnostics;

namespace CorpusLint.Cli.Reporting;

/// <summary>
/// GitHub Actions workflow commands (`::warning file=…,line=…,col=…::message`), which the runner turns into
/// annotations on the pull request's changed lines; then the summary as a plain log line.
/// See https://docs.github.com/actions/reference/workflow-commands-for-github-actions.
/// </summary>
public sealed class GitHubReporter : IReporter, IFileFormatter
{
    private TextWriter _output = TextWriter.Null;

    public void Begin(TextWriter output) => _output = output;

    public void WriteFile(FileReport report) => IFileFormatter.Write(this, report, _output);

    public void Format(FileReport report, Utf8Builder output)
    {
        if (report.Error is { } error)
        {
            output.AppendLine($"::error file={Property(report.File.DisplayPath)},title={Property("unreadable file")}::{Data(error)}");
        }

        foreach (var diagnostic in report.Diagnostics)
        {
            output.AppendLine(Format(report.File.DisplayPath, diagnostic));
        }
    }

    public void End(RunSummary summary) => _output.WriteLine(summary.Describe());

    public static string Format(string path, Diagnostic diagnostic)
    {
        var location = diagnostic.Location;
        string command = diagnostic.Severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "notice",
        };
        return $"::{command} file={Property(path)},line={location.Line},col={location.Column}," +
            $"endLine={location.End.Line + 1},endColumn={location.End.Character + 1}," +
            $"title={Property($"{diagnostic.Id}: {diagnostic.Descriptor.Title}")}::{Data(diagnostic.Message)}";
    }

    // The runner's escaping (actions/toolkit command.ts): data escapes %, CR and LF; properties also ':' and ','.
    private static string Data(string text) => text.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string Property(string text) => Data(text).Replace(":", "%3A").Replace(",", "%2C");
}
