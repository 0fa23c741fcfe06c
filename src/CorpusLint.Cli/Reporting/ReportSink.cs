using System.Text;
using CorpusLint.Cli.Hosting;
using CorpusLint.Cli.Linting;
using CorpusLint.Cli.Output;

namespace CorpusLint.Cli.Reporting;

/// <summary>
/// Where a check run's report goes while the files are checked: each file's report is handed to the reporter
/// and counted, then dropped. The report goes to standard output or, through a temporary file replaced
/// atomically at the end, to --output.
/// </summary>
internal sealed class ReportSink : IDisposable
{
    private readonly IReporter _reporter;
    private readonly TextWriter _output;
    private readonly AtomicFileStream? _file;
    private readonly string? _outputPath;
    private readonly Stream? _utf8Stream;
    private readonly FormattedFile.Pool _formatted;

    private ReportSink(IReporter reporter, TextWriter output, AtomicFileStream? file, string? outputPath)
    {
        _reporter = reporter;
        _output = output;
        _file = file;
        _outputPath = outputPath;

        // A UTF-8 stream under the writer (standard output, an --output file) takes formatted bytes as they are.
        _utf8Stream = output is StreamWriter { Encoding: UTF8Encoding { Preamble.Length: 0 } } writer ? writer.BaseStream : null;
        _formatted = new FormattedFile.Pool(output.NewLine);
        reporter.Begin(output);
    }

    public RunSummary Summary { get; private set; } = RunSummary.Empty;

    public static ReportSink ToConsole(IReporter reporter, CliConsole console) => new(reporter, console.Out, file: null, outputPath: null);

    /// <summary>A sink writing to <paramref name="outputPath"/>; null, with the reason on standard error, when it cannot be created.</summary>
    public static ReportSink? ToFile(IReporter reporter, string outputPath, CliConsole console)
    {
        try
        {
            var file = new AtomicFileStream(Path.GetFullPath(outputPath, console.WorkingDirectory));
            return new(reporter, new StreamWriter(file.Stream, new UTF8Encoding(false), 64 * 1024, leaveOpen: true) { NewLine = "\n" }, file, outputPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            CannotWrite(console, outputPath, e);
            return null;
        }
    }

    /// <summary>
    /// On the worker thread that checked the file: the file's part of the report, formatted ahead when the format
    /// allows it (<see cref="IFileFormatter"/>), so files are formatted in parallel; null otherwise.
    /// </summary>
    public FormattedFile? FormatAhead(FileReport report)
    {
        if (_reporter is not IFileFormatter formatter)
        {
            return null;
        }

        var formatted = _formatted.Rent();
        formatter.Format(report, formatted.Text);
        return formatted;
    }

    /// <summary>Adds the next file's report (in path order), with its part of the report if <see cref="FormatAhead"/> made it.</summary>
    public void Add(FileReport report, FormattedFile? formatted = null)
    {
        if (formatted is null)
        {
            _reporter.WriteFile(report);
        }
        else
        {
            formatted.CopyTo(_output, _utf8Stream);
            _formatted.Return(formatted);
        }

        Summary = Summary.Including(report);
    }

    /// <summary>Ends the report (its summary) and puts the file in place; false when the file cannot be written.</summary>
    public bool Finish(CliConsole console)
    {
        try
        {
            _reporter.End(Summary);
            _output.Flush();
            _file?.Commit();
            return true;
        }
        catch (Exception e) when (_file is not null && e is IOException or UnauthorizedAccessException)
        {
            CannotWrite(console, _outputPath!, e);
            return false;
        }
    }

    // The writer over the file holds no resource of its own (it leaves the stream open); the file removes its
    // temporary copy unless it was committed.
    public void Dispose() => _file?.Dispose();

    private static void CannotWrite(CliConsole console, string outputPath, Exception e) =>
        console.Error.WriteLine($"error: {outputPath}: cannot write the report: {e.Message}");
}
