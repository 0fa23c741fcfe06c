using CorpusLint.Cli.Files;
using CorpusLint.Cli.Linting;
using CorpusLint.Diagnostics;
using CorpusLint.Fixes;
using CorpusLint.Text;

namespace CorpusLint.Cli.Caching;

/// <summary>
/// A <see cref="Linter"/> in front of the <see cref="ResultCache"/>: answers from the cache when the file's
/// bytes, path, configuration and tool build are unchanged, and stores what it computes otherwise.
/// Without a cache (--no-cache, standard input) it is the linter itself.
/// </summary>
public sealed class CachedLinter(Linter linter, ResultCache? cache)
{
    public Linter Linter => linter;

    public IReadOnlyList<Diagnostic> Analyze(InputFile file, ReadOnlySpan<byte> bytes, SourceText text)
    {
        string path = file.DisplayPath;
        if (cache is null || file.IsStandardInput)
        {
            return linter.Analyze(text, path);
        }

        var key = CacheKey.Compute(linter.SettingsFingerprint(path), "check", path, bytes);
        if (cache.TryGet(key, path) is { } cached)
        {
            return linter.ApplyBaseline(text, path, cached);
        }

        // The cache holds every diagnostic; the baseline filters after it, so its stale-entry report stays right.
        var diagnostics = linter.AnalyzeAll(text, path);
        cache.Put(key, diagnostics);
        return linter.ApplyBaseline(text, path, diagnostics);
    }

    /// <summary>
    /// Fixes a text. Only a file the fix leaves as it is gets an entry (its remaining diagnostics), which is what
    /// makes a re-run over an already clean corpus cheap; a changed file is rewritten and then is such a file.
    /// </summary>
    public FixResult Fix(InputFile file, ReadOnlySpan<byte> bytes, SourceText text, FixOptions options)
    {
        string path = file.DisplayPath;
        if (cache is null || file.IsStandardInput)
        {
            return linter.Fix(text, path, options);
        }

        var key = CacheKey.Compute(linter.SettingsFingerprint(path), "fix " + options, path, bytes);
        if (cache.TryGet(key, path) is { } remaining)
        {
            return new FixResult(text, text, [], remaining, ReachedFixpoint: true);
        }

        var result = linter.Fix(text, path, options);
        if (!result.Changed && result.ReachedFixpoint)
        {
            cache.Put(key, result.Remaining);
        }

        return result;
    }
}
