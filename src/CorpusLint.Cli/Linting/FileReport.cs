using CorpusLint.Cli.Files;
using CorpusLint.Diagnostics;
using CorpusLint.Text;

namespace CorpusLint.Cli.Linting;

/// <summary>What happened to one file: its diagnostics, or the error that stopped us reading it.</summary>
public sealed record FileReport(InputFile File, IReadOnlyList<Diagnostic> Diagnostics, string? Error)
{
    private static readonly IReadOnlyDictionary<int, string> NoLines = new Dictionary<int, string>();

    /// <summary>
    /// The text of each line a diagnostic starts on (zero-based line number to text), for the text format's
    /// code frames. Only these lines are kept, not the file, so a large run's reports stay small.
    /// </summary>
    public IReadOnlyDictionary<int, string> FlaggedLines { get; init; } = NoLines;

    public static FileReport Failed(InputFile file, string error) => new(file, [], error);

    /// <param name="keepFlaggedLines">False when no code frame will be shown: a large run then keeps only its diagnostics.</param>
    public static FileReport Of(InputFile file, SourceText text, IReadOnlyList<Diagnostic> diagnostics, bool keepFlaggedLines = true) => new(file, diagnostics, null)
    {
        FlaggedLines = diagnostics.Count == 0 || !keepFlaggedLines ? NoLines : LinesOf(text, diagnostics.Select(d => d.Location.Start.Line)),
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

        // The flagged line numbers in order, each once (a warm run does this for a million diagnostics).
        var numbers = new int[diagnostics.Count];
        for (int i = 0; i < numbers.Length; i++)
        {
            numbers[i] = diagnostics[i].Location.Start.Line;
        }

        Array.Sort(numbers);
        int distinct = 0;
        foreach (int number in numbers)
        {
            if (distinct == 0 || numbers[distinct - 1] != number)
            {
                numbers[distinct++] = number;
            }
        }

        return new(file, diagnostics, null)
        {
            FlaggedLines = Utf8Lines.Read(bytes, numbers.AsSpan(0, distinct)) ?? LinesOf(SourceText.Decode(bytes), numbers[..distinct]),
        };
    }

    private static Dictionary<int, string> LinesOf(SourceText text, IEnumerable<int> lineNumbers) =>
        lineNumbers.Where(line => line < text.LineCount).Distinct().ToDictionary(line => line, line => text.ToString(text.GetLine(line).Span));
}
