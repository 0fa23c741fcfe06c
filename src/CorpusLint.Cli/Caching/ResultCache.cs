using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using CorpusLint.Cli.Files;
using CorpusLint.Diagnostics;

namespace CorpusLint.Cli.Caching;

/// <summary>
/// Ruff-style result cache in <c>.corpuslint-cache/</c>: per folder of input files and kind of run (check, or
/// fix with its options) one <see cref="DirectoryCache"/> file, holding per file its <see cref="CacheKey"/> and
/// diagnostics. A folder's file is loaded when the run first needs it and saved as soon as the run has done
/// every file in it, so memory holds the folders in progress, not the corpus. Safe under concurrent runs
/// (whole-file renames; the worst a race does is drop entries, which costs the next run time). A truncated,
/// corrupt or foreign file is treated as empty and rewritten. The cache only ever saves time.
/// </summary>
public sealed class ResultCache : IDisposable
{
    public const string DirectoryName = ".corpuslint-cache";

    /// <summary>A folder with more files than this in one run is not cached, which keeps memory bounded.</summary>
    public const int MaxFilesPerFolder = 20_000;

    private readonly string _entries;
    private readonly IReadOnlyDictionary<string, DiagnosticDescriptor> _descriptors;
    private readonly ConcurrentDictionary<string, Lazy<DirectoryCache>> _open = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _pending = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Key, string InputFolder)> _nextFolder = new(StringComparer.Ordinal);
    private readonly object _createGate = new();
    private bool _created;

    /// <summary>
    /// The folder of the entries, named for their format: v5 is the compact one (a string table per file, varints,
    /// quotes of the file kept as lengths); entries of other formats are left where they are and never read.
    /// </summary>
    public const string EntriesFolder = "v5";

    public ResultCache(string root, IReadOnlyDictionary<string, DiagnosticDescriptor> descriptors)
    {
        Root = root;
        _entries = Path.Combine(root, EntriesFolder);
        _descriptors = descriptors;
    }

    public string Root { get; }

    /// <summary>
    /// Tells the cache which files this run will process, so it can save each folder as soon as its last file is
    /// done. Without it, folders are saved when the cache is disposed.
    /// </summary>
    public void Expect(IEnumerable<InputFile> files, string kind)
    {
        string? previous = null;
        foreach (var group in files.Where(f => !f.IsStandardInput).GroupBy(f => FolderKey(f, kind)))
        {
            _pending[group.Key] = group.Count();
            if (previous is not null)
            {
                _nextFolder[previous] = (group.Key, Path.GetDirectoryName(group.First().FullPath)!);
            }

            previous = group.Key;
        }
    }

    /// <summary>
    /// The cached diagnostics for a file (their locations naming its display path), or null. <paramref name="text"/>
    /// gives the file's text, asked for only when a message quotes it; it throws <see cref="FormatException"/> if it has none.
    /// </summary>
    public IReadOnlyList<Diagnostic>? TryGet(InputFile file, string kind, CacheKey key, Func<string> text)
    {
        if (Folder(file, kind) is not { } folder || folder.TryGet(Path.GetFileName(file.FullPath!), key) is not { } payload)
        {
            return null;
        }

        try
        {
            return DiagnosticCodec.Read(payload.Span, file.DisplayPath, _descriptors, text);
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Stores the diagnostics found in <paramref name="text"/>, the file's text.</summary>
    public void Put(InputFile file, string kind, CacheKey key, IReadOnlyList<Diagnostic> diagnostics, string text)
    {
        // A failed rule (CL0001) may be a passing bug or a resource problem: analyse such a file again next time.
        if (diagnostics.Any(d => d.Id == Analysis.AnalyzerDriver.AnalyzerFailed.Id) || Folder(file, kind) is not { } folder)
        {
            return;
        }

        folder.Put(Path.GetFileName(file.FullPath!), key, DiagnosticCodec.Write(diagnostics, text));
    }

    /// <summary>The run is done with a file: the last one of a folder saves and releases the folder's cache.</summary>
    public void Done(InputFile file, string kind)
    {
        var folderKey = FolderKey(file, kind);
        if (_pending.AddOrUpdate(folderKey, 0, (_, n) => n - 1) <= 0 && _open.TryRemove(folderKey, out var folder) && folder.IsValueCreated)
        {
            Save(folder.Value);
        }
    }

    /// <summary>Saves the folders still open (files that could not be read, or a run without <see cref="Expect"/>).</summary>
    public void Dispose()
    {
        foreach (var key in _open.Keys)
        {
            if (_open.TryRemove(key, out var folder) && folder.IsValueCreated)
            {
                Save(folder.Value);
            }
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

    private static string FolderKey(InputFile file, string kind) => kind + "\0" + Path.GetDirectoryName(file.FullPath ?? string.Empty);

    private DirectoryCache? Folder(InputFile file, string kind)
    {
        var folderKey = FolderKey(file, kind);
        if (file.IsStandardInput || _pending.TryGetValue(folderKey, out int pending) && pending > MaxFilesPerFolder)
        {
            return null;
        }

        if (_open.TryGetValue(folderKey, out var open))
        {
            return open.Value;
        }

        var opened = Open(folderKey, Path.GetDirectoryName(file.FullPath)!);
        LoadAhead(folderKey);
        return opened.Value;
    }

    // Files come folder by folder: the next folder's cache file is read and checked in the background while this
    // folder's files are checked, so that no worker waits for it at the start of each folder.
    private void LoadAhead(string folderKey)
    {
        if (_nextFolder.TryGetValue(folderKey, out var next) && _pending.TryGetValue(next.Key, out int pending) && pending <= MaxFilesPerFolder)
        {
            var folder = Open(next.Key, next.InputFolder);
            ThreadPool.UnsafeQueueUserWorkItem(static lazy => LoadQuietly(lazy), folder, preferLocal: false);
        }
    }

    // Apart from Folder, which runs for every file, so that only a folder's first file allocates the loader.
    private Lazy<DirectoryCache> Open(string folderKey, string inputFolder) =>
        _open.GetOrAdd(folderKey, k => new Lazy<DirectoryCache>(() => DirectoryCache.Load(CacheFilePath(k), inputFolder)));

    // A load that fails leaves its exception in the Lazy, which throws it again to the worker that asks: that is
    // where it is reported, not on a thread-pool thread, where it would end the process.
    private static void LoadQuietly(Lazy<DirectoryCache> folder)
    {
        try
        {
            _ = folder.Value;
        }
        catch (Exception)
        {
            // Reported by the worker that asks for the folder.
        }
    }

    private string CacheFilePath(string folderKey) =>
        Path.Combine(_entries, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(folderKey))));

    private void Save(DirectoryCache folder)
    {
        try
        {
            EnsureCreated();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return;
        }

        folder.Save();
    }

    // Like Ruff's cache: mark the folder so version control and backup tools leave it alone.
    private void EnsureCreated()
    {
        lock (_createGate)
        {
            if (_created)
            {
                return;
            }

            Directory.CreateDirectory(_entries);
            WriteIfMissing(Path.Combine(Root, ".gitignore"), "# Automatically created by corpuslint.\n*\n");
            WriteIfMissing(Path.Combine(Root, "CACHEDIR.TAG"), "Signature: 8a477f597d28d172789f06886806bc55\n# This file is a cache directory tag created by corpuslint.\n");
            _created = true;
        }
    }

    private static void WriteIfMissing(string path, string content)
    {
        if (!File.Exists(path))
        {
            File.WriteAllText(path, content);
        }
    }
}
