using CorpusLint.Cli.Files;
using CorpusLint.Cli.Linting;

namespace CorpusLint.Cli.Configuration;

/// <summary>
/// What a verb that reads articles works with once inputs and configuration are loaded: the files to process
/// (after the configurations' include and exclude), the linter configured for them, and whether discovery
/// reported an error (the run goes on, but exits 2).
/// </summary>
internal sealed record LintRun(IReadOnlyList<InputFile> Files, Linter Linter, bool DiscoveryFailed);
