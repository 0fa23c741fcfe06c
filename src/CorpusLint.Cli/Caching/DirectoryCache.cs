using System.Security.Cryptography;

namespace CorpusLint.Cli.Caching;

/// <summary>
/// The cached results of one folder's files for one kind of run, in one file (Ruff keeps one per package):
/// a file per folder, not per article, because creating thousands of small files costs more than analysing
/// them. Loaded on first use, written back once when the run is done with the folder, and only if something
/// changed; written to a temporary file and renamed, so concurrent runs see a whole file or the old one.
/// </summary>
internal sealed class DirectoryCache
{
    private static readonly byte[] Magic = "CLC4"u8.ToArray();
    private const int KeyLength = 32;
    private const int ChecksumLength = 32;

    private readonly string _path;
    private readonly string _inputFolder;
    private readonly Dictionary<string, (ReadOnlyMemory<byte> Key, ReadOnlyMemory<byte> Payload)> _entries;
    private bool _dirty;

    private DirectoryCache(string path, string inputFolder, Dictionary<string, (ReadOnlyMemory<byte> Key, ReadOnlyMemory<byte> Payload)> entries)
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
        var entries = new Dictionary<string, (ReadOnlyMemory<byte> Key, ReadOnlyMemory<byte> Payload)>(StringComparer.Ordinal);
        try
        {
            var bytes = File.ReadAllBytes(path);
            if (bytes.Length >= Magic.Length + ChecksumLength
                && bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic)
                && SHA256.HashData(bytes.AsSpan(0, bytes.Length - ChecksumLength)).AsSpan().SequenceEqual(bytes.AsSpan(bytes.Length - ChecksumLength)))
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
                    entries[name] = (bytes.AsMemory(keyAt, KeyLength), bytes.AsMemory(payloadAt, length));
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
            return _entries.TryGetValue(name, out var entry) && entry.Key.Span.SequenceEqual(key.Hash) ? entry.Payload : null;
        }
    }

    public void Put(string name, CacheKey key, byte[] payload)
    {
        lock (_entries)
        {
            _entries[name] = (key.Hash, payload);
            _dirty = true;
        }
    }

    /// <summary>Writes the file back if this run changed it; entries of files no longer there are dropped.</summary>
    public void Save()
    {
        lock (_entries)
        {
            if (!_dirty)
            {
                return;
            }

            var kept = _entries.Where(e => File.Exists(Path.Combine(_inputFolder, e.Key))).ToList();
            var buffer = new CacheWriter(kept.Sum(e => e.Value.Payload.Length + 64) + 64);
            buffer.Bytes(Magic);
            buffer.Unsigned((uint)kept.Count);
            foreach (var (name, (key, payload)) in kept)
            {
                buffer.String(name);
                buffer.Bytes(key.Span);
                buffer.Unsigned((uint)payload.Length);
                buffer.Bytes(payload.Span);
            }

            buffer.Bytes(SHA256.HashData(buffer.Written));
            var temp = $"{_path}.{Guid.NewGuid():N}.tmp";
            try
            {
                using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                {
                    stream.Write(buffer.Written);
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
}
