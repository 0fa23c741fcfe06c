using System.IO.Hashing;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace CorpusLint.Cli.Caching;

/// <summary>
/// The cached results of one folder's files for one kind of run, in one file (Ruff keeps one per package):
/// a file per folder, not per article, because creating thousands of small files costs more than analysing
/// them. Loaded on first use, written back once when the run is done with the folder, and only if something
/// changed; written to a temporary file and renamed, so concurrent runs see a whole file or the old one.
/// A checksum at its end finds a damaged file: XXH128, not a cryptographic hash, since it guards against a torn or
/// corrupted disk, not an adversary (the entries' keys, which decide what is trusted, stay SHA-256), and a warm
/// run checks some 100 MB of entries per 100 MB of corpus, where SHA-256 cost about 7 % of its CPU time.
/// </summary>
internal sealed class DirectoryCache
{
    private static readonly byte[] Magic = "CLC5"u8.ToArray();
    private const int KeyLength = 32;
    private const int ChecksumLength = 16;

    // Entries are written through this buffer; a payload larger than it goes to the disk in one call.
    private const int WriteBufferSize = 1 << 16;

    private readonly string _path;
    private readonly string _inputFolder;
    private readonly Dictionary<string, Entry> _entries;
    private bool _dirty;

    private DirectoryCache(string path, string inputFolder, Dictionary<string, Entry> entries)
    {
        _path = path;
        _inputFolder = inputFolder;
        _entries = entries;
    }

    /// <summary>
    /// Reads the folder's cache file; a missing, truncated or corrupt one is an empty cache. The file is read in
    /// one go and its entries stay slices of it, not copies.
    /// </summary>
    public static DirectoryCache Load(string path, string inputFolder)
    {
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);

        // A cold run has no file yet, and an exception per folder costs more than asking first.
        if (!File.Exists(path))
        {
            return new DirectoryCache(path, inputFolder, entries);
        }

        try
        {
            var bytes = File.ReadAllBytes(path);
            if (bytes.Length >= Magic.Length + ChecksumLength
                && bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic)
                && XxHash128.Hash(bytes.AsSpan(0, bytes.Length - ChecksumLength)).AsSpan().SequenceEqual(bytes.AsSpan(bytes.Length - ChecksumLength)))
            {
                var reader = new CacheReader(bytes.AsSpan(Magic.Length, bytes.Length - Magic.Length - ChecksumLength));
                int count = reader.ItemCount();
                for (int i = 0; i < count; i++)
                {
                    var name = reader.String();
                    int keyAt = Magic.Length + reader.Position;
                    reader.Bytes(KeyLength);
                    int length = reader.Count();
                    int payloadAt = Magic.Length + reader.Position;
                    reader.Bytes(length);
                    entries[name] = new Entry(bytes.AsMemory(keyAt, KeyLength), bytes.AsMemory(payloadAt, length), SeenThisRun: false);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            entries.Clear();
        }

        return new DirectoryCache(path, inputFolder, entries);
    }

    /// <summary>The stored payload for a file when its key (content, configuration, tool) still matches.</summary>
    public ReadOnlyMemory<byte>? TryGet(string name, CacheKey key)
    {
        lock (_entries)
        {
            ref var entry = ref CollectionsMarshal.GetValueRefOrNullRef(_entries, name);
            if (Unsafe.IsNullRef(ref entry) || !entry.Key.Span.SequenceEqual(key.Hash))
            {
                return null;
            }

            entry = entry with { SeenThisRun = true };
            return entry.Payload;
        }
    }

    public void Put(string name, CacheKey key, byte[] payload)
    {
        lock (_entries)
        {
            _entries[name] = new Entry(key.Hash, payload, SeenThisRun: true);
            _dirty = true;
        }
    }

    /// <summary>
    /// Writes the file back if this run changed it; entries of files no longer there are dropped. Only entries the
    /// run did not meet are looked for on disk: the run has just read the others, and a cold run of a large folder
    /// would otherwise ask for every file again. The file is written and hashed as it goes, with no copy of it in
    /// memory.
    /// </summary>
    public void Save()
    {
        lock (_entries)
        {
            if (!_dirty)
            {
                return;
            }

            var kept = _entries.Where(e => e.Value.SeenThisRun || File.Exists(Path.Combine(_inputFolder, e.Key))).ToList();
            var temp = $"{_path}.{Guid.NewGuid():N}.tmp";
            try
            {
                var checksum = new XxHash128();
                using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, WriteBufferSize))
                {
                    void Emit(ReadOnlySpan<byte> bytes)
                    {
                        checksum.Append(bytes);
                        stream.Write(bytes);
                    }

                    var header = new CacheWriter();
                    header.Bytes(Magic);
                    header.Unsigned((uint)kept.Count);
                    Emit(header.Written);
                    foreach (var (name, entry) in kept)
                    {
                        header.Reset();
                        header.String(name);
                        header.Bytes(entry.Key.Span);
                        header.Unsigned((uint)entry.Payload.Length);
                        Emit(header.Written);
                        Emit(entry.Payload.Span);
                    }

                    stream.Write(checksum.GetHashAndReset());
                }

                File.Move(temp, _path, overwrite: true);
                _dirty = false;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A read-only or full disk only costs the next run time; never fail a run over the cache.
                try
                {
                    File.Delete(temp);
                }
                catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
                {
                    // `corpuslint clean` removes a stray temporary file with the rest of the cache.
                }
            }
        }
    }

    /// <summary>A file's key and diagnostics, and whether this run read or wrote it (so the file is known to exist).</summary>
    private readonly record struct Entry(ReadOnlyMemory<byte> Key, ReadOnlyMemory<byte> Payload, bool SeenThisRun);
}
