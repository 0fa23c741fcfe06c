using System.Text;

namespace CorpusLint.Cli.Reporting;

/// <summary>
/// One file's part of a report, built straight as UTF-8 bytes, as the report's UTF-8 writer would encode it: a
/// large run writes hundreds of megabytes of report, and building it as characters first made a copy and a
/// transcoding of every byte. Formatters write many small pieces into room they reserve (<see cref="GetSpan"/>,
/// <see cref="Utf8SpanWriter"/>) or append whole lines of text. Reused: <see cref="Clear"/> starts again.
/// </summary>
public sealed class Utf8Builder(string newLine, int capacity = 1024)
{
    private readonly byte[] _newLine = Encoding.UTF8.GetBytes(newLine);
    private byte[] _bytes = new byte[Math.Max(capacity, 16)];
    private int _length;

    public ReadOnlySpan<byte> Written => _bytes.AsSpan(0, _length);

    /// <summary>How large the buffer has grown (a pool lets go of builders that grew too large).</summary>
    public int Capacity => _bytes.Length;

    /// <summary>The line break, encoded.</summary>
    public ReadOnlySpan<byte> NewLineBytes => _newLine;

    public void Clear() => _length = 0;

    /// <summary>Room for at least <paramref name="size"/> more bytes, to write straight into and then <see cref="Advance"/> past.</summary>
    public Span<byte> GetSpan(int size)
    {
        if (size > _bytes.Length - _length)
        {
            var larger = new byte[Math.Max(_bytes.Length * 2, _length + size)];
            Written.CopyTo(larger);
            _bytes = larger;
        }

        return _bytes.AsSpan(_length);
    }

    /// <summary>Takes in <paramref name="count"/> bytes written into <see cref="GetSpan"/>.</summary>
    public void Advance(int count) => _length += count;

    /// <summary>Appends a line of text, encoded (an unpaired surrogate as U+FFFD, like the report writer's encoder), and a line break.</summary>
    public void AppendLine(scoped ReadOnlySpan<char> text)
    {
        // A UTF-16 code unit takes at most three bytes of UTF-8.
        var line = new Utf8SpanWriter(GetSpan(text.Length * 3 + _newLine.Length), _newLine);
        line.Append(text);
        line.AppendLine();
        Advance(line.Length);
    }

    /// <summary>Writes what was built to a writer that takes text (not a UTF-8 stream): decoded back (the text it was built from, but for an unpaired surrogate, which comes back as U+FFFD).</summary>
    public void WriteTo(TextWriter output) => output.Write(Encoding.UTF8.GetString(Written));
}
