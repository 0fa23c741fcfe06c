using CorpusLint.Cli.Files;
using CorpusLint.Text;

namespace CorpusLint.Cli.Linting;

/// <summary>Reads and decodes an input file; every failure becomes a message naming the file and the reason.</summary>
public static class InputReader
{
    /// <summary>
    /// Larger files are refused, not read: articles are kilobytes, and a file of hundreds of megabytes is a
    /// dump or a mistake that would cost gigabytes of memory. Ten times a 10 MB single-line page still fits.
    /// </summary>
    public const long DefaultMaxFileSize = 16L * 1024 * 1024;

    public static (byte[]? Bytes, SourceText? Text, string? Error) Read(InputFile file, Func<Stream> openStandardInput, long maxFileSize = DefaultMaxFileSize)
    {
        var (bytes, error) = ReadBytes(file, openStandardInput, maxFileSize);
        if (bytes is null)
        {
            return (null, null, error);
        }

        var (text, decodeError) = Decode(file, bytes);
        return (bytes, text, decodeError);
    }

    /// <summary>The file's bytes, undecoded: enough for the result cache to know whether it has the file's results.</summary>
    public static (byte[]? Bytes, string? Error) ReadBytes(InputFile file, Func<Stream> openStandardInput, long maxFileSize = DefaultMaxFileSize)
    {
        byte[]? bytes;
        try
        {
            // Unbuffered: the file is read in one call into its own array.
            using var stream = file.IsStandardInput ? openStandardInput() : new FileStream(file.FullPath!, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
            bytes = ReadAtMost(stream, maxFileSize);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"{file.DisplayPath}: cannot read the file: {e.Message}");
        }

        return bytes is null
            ? (null, $"{file.DisplayPath}: larger than the limit of {FileSize.Format(maxFileSize)}; not read (raise it with --max-file-size)")
            : (bytes, null);
    }

    /// <summary>Decodes bytes <see cref="ReadBytes"/> read; the error names the file and what is wrong with it.</summary>
    public static (SourceText? Text, string? Error) Decode(InputFile file, byte[] bytes)
    {
        try
        {
            return (SourceText.Decode(bytes), null);
        }
        catch (InvalidTextException e)
        {
            return (null, $"{file.DisplayPath}: not readable as text: {e.Message}");
        }
    }

    // Reads at most the limit, whatever the file system claims the length is (a pipe or a device has none),
    // so a huge or endless input costs no more memory than the limit. Null when there is more.
    private static byte[]? ReadAtMost(Stream stream, long limit)
    {
        if (stream.CanSeek)
        {
            long length = stream.Length;
            if (length > limit)
            {
                return null;
            }

            // A file is read straight into an array of its size: no buffer to grow or copy (a corpus run reads
            // thousands). Only if it changed size meanwhile is it read again the general way.
            if (length <= Array.MaxLength)
            {
                var bytes = new byte[length];
                Span<byte> more = stackalloc byte[1];
                if (stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false) == bytes.Length && stream.Read(more) == 0)
                {
                    return bytes;
                }

                stream.Position = 0;
            }
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
