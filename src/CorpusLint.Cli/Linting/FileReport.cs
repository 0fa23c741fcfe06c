using CorpusLint.Cli.Files;
using CorpusLint.Diagnostics;
using CorpusLint.Text;

namespace CorpusLint.Cli.Linting;

/// <summary>What happened to one file: its diagnostics, or the error that stopped us reading it.</summary>
public sealed record FileReport(InputFile File, IReadOnlyList<Diagnostic> Diagnostics, string? Error)
{
    /// <summary>The text the diagnostics point into, when known: the text format's code frames and SARIF's fix regions use it.</summary>
    public SourceText? Text { get; init; }

    public static FileReport Failed(InputFile file, string error) => new(file, [], error);
}
