using CorpusLint.Cli.Files;
using CorpusLint.Text;

namespace CorpusLint.Cli.Linting;

/// <summary>Reads and decodes an input file; every failure becomes a message naming the file and the reason.</summary>
public static class InputReader
{
    public static (byte[]? Bytes, SourceText? Text, string? Error) Read(InputFile file, Func<Stream> openStandardInput)
    {
        byte[] bytes;
        try
        {
            if (file.IsStandardInput)
            {
                using var stdin = openStandardInput();
                using var buffer = new MemoryStream();
                stdin.CopyTo(buffer);
                bytes = buffer.ToArray();
            }
            else
            {
                bytes = File.ReadAllBytes(file.FullPath!);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, null, $"{file.DisplayPath}: cannot read the file: {e.Message}");
        }

        try
        {
            return (bytes, SourceText.Decode(bytes), null);
        }
        catch (InvalidTextException e)
        {
            return (bytes, null, $"{file.DisplayPath}: not readable as text: {e.Message}");
        }
    }
}
