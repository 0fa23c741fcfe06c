namespace CorpusLint.Cli.Output;

/// <summary>
/// A file written as a stream over a long run (a report on a large corpus) and replaced atomically at the end,
/// like <see cref="AtomicFileWriter"/> does for content held in memory: the bytes go to a temporary file beside
/// the target, which <see cref="Commit"/> flushes to disk and renames over it. Disposed without a commit (the
/// run failed or was interrupted), the temporary file is removed and the target left as it was.
/// </summary>
public sealed class AtomicFileStream : IDisposable
{
    private readonly string _target;
    private readonly string _temporary;
    private readonly FileStream _stream;
    private bool _committed;

    public AtomicFileStream(string path)
    {
        _target = AtomicFileWriter.ResolveLinks(Path.GetFullPath(path));
        var directory = Path.GetDirectoryName(_target)!;
        Directory.CreateDirectory(directory);
        if (File.Exists(_target) && !OperatingSystem.IsWindows() && (File.GetUnixFileMode(_target) & UnixFileMode.UserWrite) == 0)
        {
            throw new UnauthorizedAccessException("the file is read-only; it was left as it is");
        }

        _temporary = Path.Combine(directory, $".{Path.GetFileName(_target)}.{Guid.NewGuid():N}{AtomicFileWriter.TemporarySuffix}");
        _stream = new FileStream(_temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None);
    }

    public Stream Stream => _stream;

    public void Commit()
    {
        _stream.Flush(flushToDisk: true);
        _stream.Dispose();
        if (File.Exists(_target) && !OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(_temporary, File.GetUnixFileMode(_target));
        }

        File.Move(_temporary, _target, overwrite: true);
        _committed = true;
    }

    public void Dispose()
    {
        _stream.Dispose();
        if (!_committed)
        {
            AtomicFileWriter.DeleteQuietly(_temporary);
        }
    }
}
