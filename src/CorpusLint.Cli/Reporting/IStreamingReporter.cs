using CorpusLint.Cli.Linting;

namespace CorpusLint.Cli.Reporting;

/// <summary>
/// A reporter that can write each file's diagnostics as soon as the file is done, so a run over millions of
/// files never holds their reports. Formats that need the whole run first (one JSON document) implement only
/// <see cref="IReporter"/> and get the list.
/// </summary>
public interface IStreamingReporter : IReporter
{
    void WriteFile(FileReport report, TextWriter output);

    void WriteSummary(RunSummary summary, TextWriter output);
}
