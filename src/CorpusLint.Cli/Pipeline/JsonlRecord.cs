namespace CorpusLint.Cli.Pipeline;

/// <summary>One line of a JSON Lines input: where it came from (for error messages) and its text.</summary>
public sealed record JsonlRecord(string Source, long LineNumber, string Line)
{
    /// <summary>Reads a stream's records lazily, one line at a time; blank lines are not records and are skipped.</summary>
    public static IEnumerable<JsonlRecord> ReadAll(string source, Func<Stream> open)
    {
        using var reader = new StreamReader(open(), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        long number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return new JsonlRecord(source, number, line);
            }
        }
    }

    public string Where => $"{Source}:{LineNumber}";
}
