namespace CorpusLint.Cli.Output;

/// <summary>
/// Writes a file so that a reader sees either the old bytes or the new ones, never a mix: write a temporary
/// file in the same folder, flush it to disk, copy the original's mode, then rename it over the target.
/// When the file changed since we read it, nothing is written.
/// </summary>
public static class AtomicFileWriter
{
    public static void Write(string path, byte[] content, byte[]? expectedCurrentContent)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temp = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.corpuslint.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(content);
                stream.Flush(flushToDisk: true);
            }

            if (File.Exists(path))
            {
                if (!OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(temp, File.GetUnixFileMode(path));
                }

                if (expectedCurrentContent is not null && !File.ReadAllBytes(path).AsSpan().SequenceEqual(expectedCurrentContent))
                {
                    throw new IOException("the file changed on disk since it was read; it was left as it is");
                }
            }

            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }
}
