using System.Security.Cryptography;
using CorpusLint.Diagnostics;

namespace CorpusLint.Cli.Caching;

/// <summary>
/// Ruff-style result cache in <c>.corpuslint-cache/</c>: one small file per result, named by its
/// <see cref="CacheKey"/>, holding the file's diagnostics. Safe under concurrent runs because every entry is
/// written to a temporary file and renamed into place (a reader sees a whole entry or none), and two runs that
/// write the same key write the same bytes. An entry that is truncated, corrupt or from another format is
/// treated as missing and rewritten. The cache only ever saves time: any failure to use it means "analyse".
/// </summary>
public sealed class ResultCache
{
    public const string DirectoryName = ".corpuslint-cache";

    private static readonly byte[] Magic = "CLC1"u8.ToArray();
    private const int ChecksumLength = 32;

    private readonly string _entries;
    private readonly IReadOnlyDictionary<string, DiagnosticDescriptor> _descriptors;
    private int _created;

    public ResultCache(string root, IReadOnlyDictionary<string, DiagnosticDescriptor> descriptors)
    {
        Root = root;
        _entries = Path.Combine(root, "v1");
        _descriptors = descriptors;
    }

    public string Root { get; }

    /// <summary>The cached diagnostics for a key (their locations naming <paramref name="path"/>), or null.</summary>
    public IReadOnlyList<Diagnostic>? TryGet(CacheKey key, string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(EntryPath(key));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        int headerLength = Magic.Length + key.Hash.Length;
        if (bytes.Length < headerLength + ChecksumLength
            || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic)
            || !bytes.AsSpan(Magic.Length, key.Hash.Length).SequenceEqual(key.Hash)
            || !SHA256.HashData(bytes.AsSpan(0, bytes.Length - ChecksumLength)).AsSpan().SequenceEqual(bytes.AsSpan(bytes.Length - ChecksumLength)))
        {
            return null;
        }

        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes, headerLength, bytes.Length - headerLength - ChecksumLength));
            return DiagnosticCodec.Read(reader, path, _descriptors);
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or FormatException or ArgumentException)
        {
            return null;
        }
    }

    public void Put(CacheKey key, IReadOnlyList<Diagnostic> diagnostics)
    {
        // A failed rule (CL0001) may be a passing bug or a resource problem: analyse such a file again next time.
        if (diagnostics.Any(d => d.Id == Analysis.AnalyzerDriver.AnalyzerFailed.Id))
        {
            return;
        }

        var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(key.Hash);
            DiagnosticCodec.Write(writer, diagnostics);
        }

        buffer.Write(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)));
        var target = EntryPath(key);
        var temp = $"{target}.{Guid.NewGuid():N}.tmp";
        try
        {
            EnsureCreated();
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                stream.Write(buffer.GetBuffer(), 0, (int)buffer.Length);
            }

            File.Move(temp, target, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A read-only or full disk only costs the next run time; never fail a run over the cache.
            TryDelete(temp);
        }
    }

    /// <summary>
    /// Deletes the cache folder; returns whether there was one. A folder without the cache's tag is refused,
    /// so a mistyped --cache-dir can never delete anything but a cache.
    /// </summary>
    public static bool Clear(string root)
    {
        if (!Directory.Exists(root))
        {
            return false;
        }

        if (Directory.EnumerateFileSystemEntries(root).Any() && !File.Exists(Path.Combine(root, "CACHEDIR.TAG")))
        {
            throw new IOException("it has no CACHEDIR.TAG, so it is not a corpuslint cache; it was left alone");
        }

        Directory.Delete(root, recursive: true);
        return true;
    }

    // Entries are spread over 256 folders by the key's first byte, so no folder grows huge.
    private string EntryPath(CacheKey key)
    {
        var hex = key.Hex;
        return Path.Combine(_entries, hex[..2], hex[2..]);
    }

    // Like Ruff's cache: mark the folder so version control and backup tools leave it alone.
    private void EnsureCreated()
    {
        if (Interlocked.Exchange(ref _created, 1) == 1)
        {
            return;
        }

        Directory.CreateDirectory(_entries);
        WriteIfMissing(Path.Combine(Root, ".gitignore"), "# Automatically created by corpuslint.\n*\n");
        WriteIfMissing(Path.Combine(Root, "CACHEDIR.TAG"), "Signature: 8a477f597d28d172789f06886806bc55\n# This file is a cache directory tag created by corpuslint.\n");
    }

    private static void WriteIfMissing(string path, string content)
    {
        if (!File.Exists(path))
        {
            File.WriteAllText(path, content);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing to do: a stray temporary file in the cache is removed by `corpuslint clean`.
        }
    }
}
