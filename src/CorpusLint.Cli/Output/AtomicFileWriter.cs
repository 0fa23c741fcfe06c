namespace CorpusLint.Cli.Output;

/// <summary>
/// Writes a file so that a reader sees either the old bytes or the new ones, never a mix: write a temporary
/// file in the same folder, flush it to disk, copy the original's mode, then rename it over the target.
/// When anything fails (disk full, permission denied, the file changed since we read it, the file is
/// read-only) the original is left untouched, the temporary file is removed and an exception says why.
/// An interrupted run finishes the write in progress first (see <see cref="WriteInterruption"/>).
/// </summary>
public static class AtomicFileWriter
{
    /// <summary>Temporary files end with this; a run killed mid-write by SIGKILL may leave one beside its target.</summary>
    public const string TemporarySuffix = ".corpuslint.tmp";

    public static void Write(string path, byte[] content, byte[]? expectedCurrentContent) =>
        Write(path, content, expectedCurrentContent, CreateTemporary);

    /// <summary>The same, with the temporary file's stream supplied, so tests can make writing fail.</summary>
    internal static void Write(string path, byte[] content, byte[]? expectedCurrentContent, Func<string, Stream> createTemporary)
    {
        // Write through a symbolic link to the file it names: renaming over the link would replace the link.
        var target = ResolveLinks(Path.GetFullPath(path));
        var directory = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(directory);
        bool exists = File.Exists(target);
        if (exists && !OperatingSystem.IsWindows() && (File.GetUnixFileMode(target) & UnixFileMode.UserWrite) == 0)
        {
            throw new UnauthorizedAccessException("the file is read-only; it was left as it is");
        }

        var temp = Path.Combine(directory, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}{TemporarySuffix}");
        WriteInterruption.Run(temp, () =>
        {
            try
            {
                using (var stream = createTemporary(temp))
                {
                    stream.Write(content);
                    if (stream is FileStream file)
                    {
                        file.Flush(flushToDisk: true);
                    }
                    else
                    {
                        stream.Flush();
                    }
                }

                if (exists)
                {
                    if (!OperatingSystem.IsWindows())
                    {
                        File.SetUnixFileMode(temp, File.GetUnixFileMode(target));
                    }

                    // Checked last, just before the rename, to keep the window for a concurrent edit small.
                    if (expectedCurrentContent is not null && !File.ReadAllBytes(target).AsSpan().SequenceEqual(expectedCurrentContent))
                    {
                        throw new IOException("the file changed on disk since it was read; it was left as it is");
                    }
                }

                File.Move(temp, target, overwrite: true);
            }
            finally
            {
                DeleteQuietly(temp);
            }
        });
    }

    private static Stream CreateTemporary(string path) => new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);

    internal static string ResolveLinks(string path)
    {
        var info = new FileInfo(path);
        return info.Exists && info.LinkTarget is not null ? info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path : path;
    }

    // Clean-up must not hide the error that made us clean up.
    internal static void DeleteQuietly(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover temporary file is named for what it is and harms no article.
        }
    }
}
