using CorpusLint.Cli.Files;
using CorpusLint.Diagnostics;

namespace CorpusLint.Cli.Linting;

/// <summary>What happened to one file: its diagnostics, or the error that stopped us reading it.</summary>
public sealed record FileReport(InputFile File, IReadOnlyList<Diagnostic> Diagnostics, string? Error)
{
    public static FileReport Failed(InputFile file, string error) => new(file, [], error);
}
