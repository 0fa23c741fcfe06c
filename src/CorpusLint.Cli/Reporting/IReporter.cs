using CorpusLint.Cli.Linting;

namespace CorpusLint.Cli.Reporting;

/// <summary>Writes a check run's diagnostics in one output format.</summary>
public interface IReporter
{
    void Write(IReadOnlyList<FileReport> reports, TextWriter output);
}
