using CorpusLint.Cli.Linting;

namespace CorpusLint.Cli.Reporting;

/// <summary>
/// Writes a check run's diagnostics in one output format, one file at a time: <see cref="Begin"/>, then
/// <see cref="WriteFile"/> for each file in path order as soon as it is checked, then <see cref="End"/> with
/// the run's counts. A reporter keeps no file's diagnostics after writing them, so a run's memory does not
/// grow with the corpus (the way ESLint and Ruff stream their reports).
/// </summary>
public interface IReporter
{
    void Begin(TextWriter output);

    void WriteFile(FileReport report);

    void End(RunSummary summary);
}
