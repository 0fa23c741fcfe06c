using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.Json;
using CorpusLint.Cli.Output;
using CorpusLint.Configuration;
using CorpusLint.Diagnostics;
using CorpusLint.Text;

namespace CorpusLint.Cli.Baselines;

/// <summary>
/// A baseline in use during one run. <see cref="Filter"/> leaves out the diagnostics the baseline accepts
/// (each entry covers up to its count) and records every diagnostic it saw, so after the run the caller can
/// ask which entries no longer occur and write an updated baseline. Thread-safe: files may be analysed in
/// parallel, one file on one thread.
/// </summary>
public sealed class Baseline
{
    public const string DefaultFileName = "corpuslint.baseline.json";

    // Messages quote article text: keep quotes and non-ASCII letters readable in the file rather than \u-escaped.
    private static readonly BaselineJsonContext Json = new(new JsonSerializerOptions(BaselineJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    private readonly string _workingDirectory;
    private readonly IReadOnlyDictionary<Key, BaselineEntry> _entries;
    private readonly ConcurrentDictionary<string, IReadOnlyList<(Key Key, string Message)>> _seenByFile = new(StringComparer.Ordinal);
    private int _baselined;

    private Baseline(string fullPath, string workingDirectory, IReadOnlyList<BaselineEntry> entries)
    {
        FullPath = fullPath;
        _workingDirectory = workingDirectory;
        _entries = entries.ToDictionary(e => new Key(e.Rule, e.File, e.Hash));
    }

    public string FullPath { get; }

    public string Directory => Path.GetDirectoryName(FullPath)!;

    /// <summary>How many diagnostics <see cref="Filter"/> left out so far.</summary>
    public int Baselined => _baselined;

    /// <summary>How many diagnostics the baseline holds, as read.</summary>
    public int DiagnosticCount => _entries.Values.Sum(e => e.Count);

    /// <summary>A baseline with no entries, to be written to <paramref name="fullPath"/>.</summary>
    public static Baseline Empty(string fullPath, string workingDirectory) => new(fullPath, workingDirectory, []);

    /// <summary>Reads a baseline file; a malformed one is a <see cref="ConfigurationException"/> naming the line and column.</summary>
    public static Baseline Load(string fullPath, string workingDirectory)
    {
        BaselineDocument document;
        try
        {
            document = JsonSerializer.Deserialize(File.ReadAllBytes(fullPath), Json.BaselineDocument)
                ?? throw new JsonException("the baseline is null");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException(new ConfigurationError(fullPath, 0, 0, $"cannot read the baseline: {e.Message}"));
        }
        catch (JsonException e)
        {
            throw new ConfigurationException(new ConfigurationError(fullPath, (int)(e.LineNumber ?? -1) + 1, (int)(e.BytePositionInLine ?? 0) + 1, $"invalid baseline: {e.Message}"));
        }

        if (document.Version != BaselineDocument.CurrentVersion)
        {
            throw new ConfigurationException(new ConfigurationError(fullPath, 0, 0, $"baseline version {document.Version} is not supported; expected {BaselineDocument.CurrentVersion} (recreate it with `corpuslint baseline`)"));
        }

        if (document.Entries.FirstOrDefault(e => e.Count < 1) is { } empty)
        {
            throw new ConfigurationException(new ConfigurationError(fullPath, 0, 0, $"invalid baseline: the entry {empty.Rule} {empty.File} {empty.Hash} has count {empty.Count}; expected 1 or more"));
        }

        var duplicate = document.Entries.GroupBy(e => new Key(e.Rule, e.File, e.Hash)).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ConfigurationException(new ConfigurationError(fullPath, 0, 0, $"invalid baseline: the entry {duplicate.Key.Rule} {duplicate.Key.File} {duplicate.Key.Hash} appears twice"));
        }

        return new Baseline(fullPath, workingDirectory, document.Entries);
    }

    /// <summary>The diagnostics of one file that the baseline does not cover, in their order.</summary>
    public IReadOnlyList<Diagnostic> Filter(SourceText text, string path, IReadOnlyList<Diagnostic> diagnostics)
    {
        var file = FileKeyOf(path);
        var seen = diagnostics.Select(d => (Key: new Key(d.Id, file, BaselineFingerprint.Of(text, d)), d.Message)).ToList();
        _seenByFile[file] = seen;

        var remaining = new Dictionary<Key, int>();
        var kept = new List<Diagnostic>();
        for (int i = 0; i < diagnostics.Count; i++)
        {
            var key = seen[i].Key;
            if (!remaining.TryGetValue(key, out int left))
            {
                left = _entries.TryGetValue(key, out var entry) ? entry.Count : 0;
            }

            if (left > 0)
            {
                remaining[key] = left - 1;
                Interlocked.Increment(ref _baselined);
            }
            else
            {
                remaining[key] = 0;
                kept.Add(diagnostics[i]);
            }
        }

        return kept;
    }

    /// <summary>
    /// Entries that no longer occur, with how many of their count are gone: entries of files analysed in this
    /// run that matched fewer diagnostics than their count, and entries of files that no longer exist.
    /// </summary>
    public IReadOnlyList<BaselineEntry> StaleEntries()
    {
        var stale = new List<BaselineEntry>();
        foreach (var entry in _entries.Values)
        {
            int gone = _seenByFile.TryGetValue(entry.File, out var seen)
                ? entry.Count - Math.Min(entry.Count, seen.Count(s => s.Key == new Key(entry.Rule, entry.File, entry.Hash)))
                : File.Exists(Path.Combine(Directory, entry.File)) ? 0 : entry.Count;
            if (gone > 0)
            {
                stale.Add(entry with { Count = gone });
            }
        }

        return Sorted(stale);
    }

    /// <summary>
    /// The baseline after this run: for every file analysed, what it has now; for every other file that still
    /// exists, its old entries. With <paramref name="prune"/>, nothing new is added: entries only shrink.
    /// </summary>
    public BaselineDocument Updated(bool prune)
    {
        var entries = new List<BaselineEntry>();
        foreach (var entry in _entries.Values.Where(e => !_seenByFile.ContainsKey(e.File) && File.Exists(Path.Combine(Directory, e.File))))
        {
            entries.Add(entry);
        }

        foreach (var group in _seenByFile.Values.SelectMany(s => s).GroupBy(s => s.Key))
        {
            int count = group.Count();
            if (prune)
            {
                count = Math.Min(count, _entries.TryGetValue(group.Key, out var old) ? old.Count : 0);
            }

            if (count > 0)
            {
                entries.Add(new BaselineEntry { Rule = group.Key.Rule, File = group.Key.File, Hash = group.Key.Hash, Count = count, Message = group.First().Message });
            }
        }

        return new BaselineDocument { Entries = Sorted(entries) };
    }

    /// <summary>Writes a baseline atomically, entries in a stable order so that its diffs are readable.</summary>
    public void Write(BaselineDocument document)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(document, Json.BaselineDocument);
        AtomicFileWriter.Write(FullPath, [.. bytes, (byte)'\n'], expectedCurrentContent: null);
    }

    private static List<BaselineEntry> Sorted(IEnumerable<BaselineEntry> entries) =>
        entries.OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Rule, StringComparer.Ordinal).ThenBy(e => e.Hash, StringComparer.Ordinal).ToList();

    // Reports name files relative to the working directory; the baseline names them relative to its own folder.
    private string FileKeyOf(string path) =>
        Path.GetRelativePath(Directory, Path.GetFullPath(path, _workingDirectory)).Replace(Path.DirectorySeparatorChar, '/');

    private readonly record struct Key(string Rule, string File, string Hash);
}
