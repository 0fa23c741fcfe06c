using System.CommandLine;
using CorpusLint.Cli.Hosting;
using CorpusLint.Cli.Reporting;
using CorpusLint.Diagnostics;

namespace CorpusLint.Cli.Commands;

/// <summary>check's report options: the format, where the report goes, and the warning budget of the CI gate.</summary>
internal sealed class ReportOptions
{
    public Option<string> Format { get; } = new("--format")
    {
        Description = "Report format: text (default), msbuild, json, sarif or github (workflow annotations).",
        DefaultValueFactory = _ => "text",
    };

    public Option<string?> Output { get; } = new("--output", "-o")
    {
        Description = "Write the report to this file instead of standard output.",
    };

    public Option<int?> MaxWarnings { get; } = new("--max-warnings")
    {
        Description = "Fail (exit 1) when there are more than this many warnings; warnings within it do not fail the run.",
    };

    public ReportOptions()
    {
        Format.AcceptOnlyFromAmong([.. ReportFormatNames.All]);
        MaxWarnings.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 0)
            {
                result.AddError("--max-warnings must be 0 or more.");
            }
        });
    }

    public void AddTo(Command command)
    {
        command.Add(Format);
        command.Add(Output);
        command.Add(MaxWarnings);
    }

    /// <summary>Whether the report shows the flagged lines (the text format), so the check must keep them.</summary>
    public bool ShowsCodeFrames(ParseResult result) => ReportFormatNames.Parse(result.GetValue(Format)!) == ReportFormat.Text;

    public FailureGate Gate(ParseResult result, Severity failOn) => new(failOn, result.GetValue(MaxWarnings));

    /// <summary>Opens the report on standard output or, atomically, on --output; null when the file cannot be created.</summary>
    public ReportSink? Open(ParseResult result, IReadOnlyList<DiagnosticDescriptor> rules, CliConsole console)
    {
        var format = ReportFormatNames.Parse(result.GetValue(Format)!);
        if (result.GetValue(Output) is not { } outputPath)
        {
            bool colour = AnsiStyle.ShouldColour(console.IsOutputTerminal, console.GetEnvironmentVariable);
            return ReportSink.ToConsole(Create(format, colour, rules), console);
        }

        return ReportSink.ToFile(Create(format, colour: false, rules), outputPath, console);
    }

    public static IReporter Create(ReportFormat format, bool colour, IReadOnlyList<DiagnosticDescriptor> rules) => format switch
    {
        ReportFormat.MsBuild => new MsBuildReporter(summary: true),
        ReportFormat.Json => new JsonReporter(ToolIdentity.Current),
        ReportFormat.Sarif => new SarifReporter(ToolIdentity.Current, rules),
        ReportFormat.GitHub => new GitHubReporter(),
        _ => new TextReporter(colour ? new AnsiStyle(true) : AnsiStyle.Plain),
    };
}
