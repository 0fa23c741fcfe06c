using CorpusLint.Cli.Files;
using CorpusLint.Diagnostics;
using CorpusLint.Text;

namespace CorpusLint.Cli.Linting;

/// <summary>What happened to one file: its diagnostics, or the error that stopped us reading it.</summary>
public sealed record FileReport(InputFile File, IReadOnlyList<Diagnostic> Diagnostics, string? Error)
{
    /// <summary>Each line a diagnostic starts on (by zero-based line number), for the text format's code frames.</summary>
    public FlaggedLines FlaggedLines { get; init; } = FlaggedLines.None;

    public static FileReport Failed(InputFile file, string error) => new(file, [], error);

    /// <param name="keepFlaggedLines">False when no code frame will be shown: a large run then keeps only its diagnostics.</param>
    public static FileReport Of(InputFile file, SourceText text, IReadOnlyList<Diagnostic> diagnostics, bool keepFlaggedLines = true) => new(file, diagnostics, null)
    {
        FlaggedLines = diagnostics.Count == 0 || !keepFlaggedLines ? FlaggedLines.None : FlaggedLines.Of(text, FlaggedLines.LinesOf(diagnostics)),
    };

    /// <summary>
    /// The report of diagnostics found earlier (the result cache) for the file whose bytes these are: its flagged
    /// lines are read from the bytes, and the file is not decoded unless it is UTF-16.
    /// </summary>
    public static FileReport Of(InputFile file, byte[] bytes, IReadOnlyList<Diagnostic> diagnostics, bool keepFlaggedLines = true)
    {
        if (diagnostics.Count == 0 || !keepFlaggedLines)
        {
            return new(file, diagnostics, null);
        }

        return new(file, diagnostics, null) { FlaggedLines = FlaggedLines.Of(bytes, FlaggedLines.LinesOf(diagnostics)) };
    }
}
