using CorpusLint.Cli.Files;
using CorpusLint.Cli.Linting;
using CorpusLint.Diagnostics;
using CorpusLint.Fixes;
using CorpusLint.Text;

namespace CorpusLint.Cli.Caching;

/// <summary>
/// A <see cref="Linter"/> in front of the <see cref="ResultCache"/>: answers from the cache when the file's
/// bytes, path, configuration and tool build are unchanged, and stores what it computes otherwise.
/// Without a cache (--no-cache) or for standard input it is the linter itself. Dispose it when the run ends.
/// </summary>
public sealed class CachedLinter(Linter linter, ResultCache? cache) : IDisposable
{
    private const string CheckKind = "check";

    public Linter Linter => linter;

    /// <summary>The files the run will read, so the cache can save each folder as soon as the run is done with it.</summary>
    public void Expect(IReadOnlyList<InputFile> files, FixOptions? fixOptions)
    {
        cache?.Expect(files, fixOptions is null ? CheckKind : FixKind(fixOptions));
    }

    /// <summary>
    /// Checks a file from its bytes. On a cache hit the file is decoded only when a cached message quotes it or the
    /// baseline needs its text (otherwise its flagged lines are read from the bytes); on a miss it is decoded and
    /// analysed. A file that is not text gives a failed report.
    /// </summary>
    public FileReport Check(InputFile file, byte[] bytes, bool keepFlaggedLines)
    {
        string path = file.DisplayPath;
        bool cached = cache is not null && !file.IsStandardInput;

        // The cache holds every diagnostic; the baseline filters after it, so its stale-entry report stays right.
        var key = cached ? CacheKey.Compute(linter.SettingsFingerprint(path), CheckKind, path, bytes) : default;
        // A hit decodes the file only if a message quotes it (the entry keeps the quote's length, not its text).
        SourceText? decoded = null;
        var diagnostics = cached ? cache!.TryGet(file, CheckKind, key, () => (decoded ??= DecodeQuoted(file, bytes)).Text) : null;
        if (diagnostics is not null && !linter.HasBaseline)
        {
            cache!.Done(file, CheckKind);
            return decoded is null ? FileReport.Of(file, bytes, diagnostics, keepFlaggedLines) : FileReport.Of(file, decoded, diagnostics, keepFlaggedLines);
        }

        var (text, error) = decoded is null ? InputReader.Decode(file, bytes) : (decoded, null);
        if (text is not null)
        {
            if (diagnostics is null)
            {
                diagnostics = linter.AnalyzeAll(text, path);
                if (cached)
                {
                    cache!.Put(file, CheckKind, key, diagnostics, text.Text);
                }
            }

            diagnostics = linter.ApplyBaseline(text, path, diagnostics);
        }

        if (cached)
        {
            cache!.Done(file, CheckKind);
        }

        return text is null ? FileReport.Failed(file, error!) : FileReport.Of(file, text, diagnostics!, keepFlaggedLines);
    }

    /// <summary>
    /// Fixes a text. Only a file the fix leaves as it is gets an entry (its remaining diagnostics), which is what
    /// makes a re-run over an already clean corpus cheap; a changed file is rewritten and then is such a file.
    /// A refused fix is never cached: the refusal must be reported every run.
    /// </summary>
    public FixResult Fix(InputFile file, ReadOnlySpan<byte> bytes, SourceText text, FixOptions options)
    {
        string path = file.DisplayPath;
        if (cache is null || file.IsStandardInput)
        {
            return linter.Fix(text, path, options);
        }

        string kind = FixKind(options);
        var key = CacheKey.Compute(linter.SettingsFingerprint(path), kind, path, bytes);
        FixResult result;
        if (cache.TryGet(file, kind, key, () => text.Text) is { } remaining)
        {
            result = new FixResult(text, text, [], remaining, ReachedFixpoint: true);
        }
        else
        {
            result = linter.Fix(text, path, options);
            if (!result.Changed && result.ReachedFixpoint && result.Refusal is null)
            {
                cache.Put(file, kind, key, result.Remaining, text.Text);
            }
        }

        cache.Done(file, kind);
        return result;
    }

    public void Dispose() => cache?.Dispose();

    // An entry is only written for a file that decoded, and its key holds the file's bytes: one that does not decode
    // now is a damaged entry, which the cache treats as a miss.
    private static SourceText DecodeQuoted(InputFile file, byte[] bytes) =>
        InputReader.Decode(file, bytes).Text ?? throw new FormatException("the cache entry quotes a file that is not text");

    private static string FixKind(FixOptions options) => "fix " + options;
}
