using System.Text;
using CorpusLint.Diagnostics;
using CorpusLint.Text;

namespace CorpusLint.Cli.Linting;

/// <summary>
/// The lines a file's diagnostics start on, for the text format's code frames: only these, not the file, so a
/// large run's reports stay small. A line read from a file's UTF-8 bytes (a result served from the cache) that
/// is plain ASCII stays bytes, a slice of the file's, which the report copies as they are: the flagged lines of
/// a large run are most of its report. Any other line is kept as its text.
/// </summary>
public sealed class FlaggedLines
{
    public static readonly FlaggedLines None = new([], [], [], null);

    private readonly int[] _numbers;
    private readonly string?[] _texts;
    private readonly Range[] _ascii;
    private readonly byte[]? _bytes;

    private FlaggedLines(int[] numbers, string?[] texts, Range[] ascii, byte[]? bytes)
    {
        _numbers = numbers;
        _texts = texts;
        _ascii = ascii;
        _bytes = bytes;
    }

    public int Count => _numbers.Length;

    /// <summary>The lines of a decoded text that <paramref name="lineNumbers"/> (in increasing order, without repeats) name.</summary>
    public static FlaggedLines Of(SourceText text, int[] lineNumbers)
    {
        int count = 0;
        while (count < lineNumbers.Length && lineNumbers[count] < text.LineCount)
        {
            count++;
        }

        var numbers = count == lineNumbers.Length ? lineNumbers : lineNumbers[..count];
        var texts = new string?[count];
        for (int i = 0; i < count; i++)
        {
            texts[i] = text.ToString(text.GetLine(numbers[i]).Span);
        }

        return new(numbers, texts, new Range[count], bytes: null);
    }

    /// <summary>The lines the diagnostics start on, in increasing order, each once (a warm run does this for a million diagnostics).</summary>
    public static int[] LinesOf(IReadOnlyList<Diagnostic> diagnostics)
    {
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

        return distinct == numbers.Length ? numbers : numbers[..distinct];
    }

    /// <summary>
    /// The lines of a file from its bytes, <paramref name="lineNumbers"/> in increasing order without repeats,
    /// without decoding the file; a UTF-16 file (which has to be decoded whole) is decoded.
    /// </summary>
    public static FlaggedLines Of(byte[] bytes, int[] lineNumbers)
    {
        var ranges = new Range[lineNumbers.Length];
        int found = Utf8Lines.Find(bytes, lineNumbers, ranges);
        if (found < 0)
        {
            return Of(SourceText.Decode(bytes), lineNumbers);
        }

        var numbers = found == lineNumbers.Length ? lineNumbers : lineNumbers[..found];
        var texts = new string?[found];
        for (int i = 0; i < found; i++)
        {
            var line = bytes.AsSpan(ranges[i]);
            if (!Ascii.IsValid(line))
            {
                texts[i] = Encoding.UTF8.GetString(line);
            }
        }

        return new(numbers, texts, ranges, bytes);
    }

    /// <summary>
    /// The line <paramref name="line"/>, if it is one of these: as its text, or (text null) as the bytes of a line
    /// of plain ASCII, each byte the character it encodes.
    /// </summary>
    public bool TryGet(int line, out string? text, out ReadOnlySpan<byte> ascii)
    {
        // A plain binary search: the lines are few, and a generic one would be compiled at start-up.
        int low = 0;
        int high = _numbers.Length - 1;
        while (low <= high)
        {
            int middle = low + ((high - low) >> 1);
            if (_numbers[middle] == line)
            {
                text = _texts[middle];
                ascii = text is null ? _bytes.AsSpan(_ascii[middle]) : default;
                return true;
            }

            if (_numbers[middle] < line)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        text = null;
        ascii = default;
        return false;
    }
}
