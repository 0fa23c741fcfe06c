using System.Runtime.CompilerServices;
using System.Text;

namespace CorpusLint.Cli.Linting;

/// <summary>
/// Some lines of a file straight from its bytes, without decoding the rest: what a result served from the cache
/// needs for its code frames. Lines end as <see cref="Text.SourceText"/> ends them (\r\n, \r or \n; a final
/// line break starts no further line), and their text is what decoding the whole file would give: in UTF-8 a
/// line break is a byte of its own, never part of another character.
/// </summary>
public static class Utf8Lines
{
    /// <summary>
    /// The text of each of <paramref name="lineNumbers"/> (zero-based, in increasing order, no repeats) that the
    /// file has, or null for a UTF-16 file (by its byte order mark), which has to be decoded whole.
    /// </summary>
    // Compiled optimised at its first call, like DiagnosticCodec.Read: only a warm run calls it, for every file.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Dictionary<int, string>? Read(ReadOnlySpan<byte> bytes, ReadOnlySpan<int> lineNumbers)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return null;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        var lines = new Dictionary<int, string>(lineNumbers.Length);
        if (bytes.IsEmpty)
        {
            return lines;
        }

        int line = 0;
        int start = 0;
        foreach (int wanted in lineNumbers)
        {
            for (; line < wanted; line++)
            {
                int lineBreak = bytes[start..].IndexOfAny((byte)'\r', (byte)'\n');
                if (lineBreak < 0)
                {
                    return lines;
                }

                int next = start + lineBreak + 1;
                if (bytes[next - 1] == '\r' && next < bytes.Length && bytes[next] == '\n')
                {
                    next++;
                }

                if (next >= bytes.Length)
                {
                    return lines;
                }

                start = next;
            }

            int end = bytes[start..].IndexOfAny((byte)'\r', (byte)'\n');
            lines[wanted] = Encoding.UTF8.GetString(end < 0 ? bytes[start..] : bytes.Slice(start, end));
        }

        return lines;
    }
}
