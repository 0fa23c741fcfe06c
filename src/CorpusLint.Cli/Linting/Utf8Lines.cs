using System.Runtime.CompilerServices;

namespace CorpusLint.Cli.Linting;

/// <summary>
/// Finds some lines of a file in its bytes, without decoding the rest: what a result served from the cache
/// needs for its code frames. Lines end as <see cref="Text.SourceText"/> ends them (\r\n, \r or \n; a final
/// line break starts no further line), and their bytes decode to what decoding the whole file would give: in
/// UTF-8 a line break is a byte of its own, never part of another character.
/// </summary>
public static class Utf8Lines
{
    /// <summary>
    /// Where each of <paramref name="lineNumbers"/> (zero-based, in increasing order, no repeats) is in
    /// <paramref name="bytes"/>, as offsets into the bytes (after a byte order mark), into
    /// <paramref name="lines"/>; returns how many the file has (the first ones asked for), or -1 for a UTF-16
    /// file (by its byte order mark), which has to be decoded whole.
    /// </summary>
    // Compiled optimised at its first call, like DiagnosticCodec.Read: only a warm run calls it, for every file.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Find(ReadOnlySpan<byte> bytes, ReadOnlySpan<int> lineNumbers, Span<Range> lines)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return -1;
        }

        int start = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        if (start == bytes.Length)
        {
            return 0;
        }

        int line = 0;
        int found = 0;
        foreach (int wanted in lineNumbers)
        {
            for (; line < wanted; line++)
            {
                int lineBreak = bytes[start..].IndexOfAny((byte)'\r', (byte)'\n');
                if (lineBreak < 0)
                {
                    return found;
                }

                int next = start + lineBreak + 1;
                if (bytes[next - 1] == '\r' && next < bytes.Length && bytes[next] == '\n')
                {
                    next++;
                }

                if (next >= bytes.Length)
                {
                    return found;
                }

                start = next;
            }

            int end = bytes[start..].IndexOfAny((byte)'\r', (byte)'\n');
            lines[found++] = new Range(start, end < 0 ? bytes.Length : start + end);
        }

        return found;
    }
}
