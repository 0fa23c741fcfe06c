using CorpusLint.Cli.Caching;
using CorpusLint.Cli.Linting;
using CorpusLint.Text;

namespace CorpusLint.Cli.Tests.Caching;

public class ResultCacheTests
{
    private static readonly byte[] Article = "Title\n\nShare post:\n\nA sentence of the article that is long enough to be prose in the body.\n"u8.ToArray();

    [Fact]
    public void AnEntryGivesBackTheDiagnosticsItWasGiven()
    {
        using var folder = new TempCorpus();
        var linter = Linter.CreateDefault();
        var cache = new ResultCache(folder.PathOf("cache"), linter.Descriptors);
        var fresh = linter.Analyze(SourceText.Decode(Article), "news/a.txt");
        Assert.NotEmpty(fresh);
        var key = CacheKey.Compute(linter.SettingsFingerprint("news/a.txt"), "check", "news/a.txt", Article);

        Assert.Null(cache.TryGet(key, "news/a.txt"));
        cache.Put(key, fresh);
        Assert.Equal(fresh, cache.TryGet(key, "news/a.txt"), DiagnosticComparer.Instance);
        Assert.True(File.Exists(folder.PathOf("cache/CACHEDIR.TAG")));
    }

    [Fact]
    public void TheKeyChangesWithContentPathKindAndSettings()
    {
        var key = CacheKey.Compute("settings", "check", "a.txt", Article);
        Assert.Equal(key.Hex, CacheKey.Compute("settings", "check", "a.txt", Article).Hex);
        Assert.NotEqual(key.Hex, CacheKey.Compute("settings", "check", "a.txt", [.. Article, (byte)'x']).Hex);
        Assert.NotEqual(key.Hex, CacheKey.Compute("settings", "check", "b.txt", Article).Hex);
        Assert.NotEqual(key.Hex, CacheKey.Compute("settings", "fix", "a.txt", Article).Hex);
        Assert.NotEqual(key.Hex, CacheKey.Compute("other", "check", "a.txt", Article).Hex);
    }

    [Theory]
    [InlineData("truncate")]
    [InlineData("flip")]
    [InlineData("garbage")]
    public void ACorruptEntryIsAMissNotAnError(string damage)
    {
        using var folder = new TempCorpus();
        var linter = Linter.CreateDefault();
        var cache = new ResultCache(folder.PathOf("cache"), linter.Descriptors);
        var key = CacheKey.Compute("s", "check", "a.txt", Article);
        cache.Put(key, linter.Analyze(SourceText.Decode(Article), "a.txt"));
        var entry = Directory.GetFiles(folder.PathOf("cache/v1"), "*", SearchOption.AllDirectories).Single();
        var bytes = File.ReadAllBytes(entry);
        File.WriteAllBytes(entry, damage switch
        {
            "truncate" => bytes[..(bytes.Length / 2)],
            "flip" => [.. bytes[..40], (byte)(bytes[40] ^ 0xFF), .. bytes[41..]],
            _ => "not a cache entry at all"u8.ToArray(),
        });

        Assert.Null(cache.TryGet(key, "a.txt"));
    }

    [Fact]
    public void ClearRefusesAFolderThatIsNotACache()
    {
        using var folder = new TempCorpus();
        folder.Write("precious/article.txt", "keep me");
        Assert.Throws<IOException>(() => ResultCache.Clear(folder.PathOf("precious")));
        Assert.True(File.Exists(folder.PathOf("precious/article.txt")));
    }

    private sealed class DiagnosticComparer : IEqualityComparer<Diagnostics.Diagnostic>
    {
        public static readonly DiagnosticComparer Instance = new();

        public bool Equals(Diagnostics.Diagnostic? x, Diagnostics.Diagnostic? y) =>
            x!.Descriptor == y!.Descriptor && x.Location == y.Location && x.Message == y.Message && x.Severity == y.Severity
            && x.Fix?.Title == y.Fix?.Title && (x.Fix?.Changes ?? []).SequenceEqual(y.Fix?.Changes ?? []);

        public int GetHashCode(Diagnostics.Diagnostic obj) => obj.Location.GetHashCode();
    }
}
