using CorpusLint.Cli.Caching;
using CorpusLint.Cli.Files;
using CorpusLint.Cli.Linting;
using CorpusLint.Configuration;
using CorpusLint.Rules;
using CorpusLint.Diagnostics;
using CorpusLint.Text;

namespace CorpusLint.Cli.Tests.Caching;

public class ResultCacheTests
{
    private static readonly byte[] Article = "Title\n\nShare post:\n\nA sentence of the article that is long enough to be prose in the body.\n"u8.ToArray();

    private static readonly string ArticleText = SourceText.Decode(Article).Text;

    [Fact]
    public void AnEntryGivesBackTheDiagnosticsItWasGivenInTheNextRun()
    {
        using var folder = new TempCorpus();
        var file = Input(folder, "news/a.txt");
        var linter = new Linter(BuiltInRules.CreateAll(), AnalysisSettings.Default);
        var analysed = linter.Analyze(SourceText.Decode(Article), file.DisplayPath);
        Assert.NotEmpty(analysed);

        // A judgement rule's confidence decides whether `fix` applies an unsafe fix and is in the reports: it must survive too.
        List<Diagnostic> fresh = [.. analysed, analysed[0] with { Confidence = 0.75 }];
        var key = CacheKey.Compute(linter.SettingsFingerprint(file.DisplayPath), "check", file.DisplayPath, Article);

        using (var first = new ResultCache(folder.PathOf("cache"), linter.DescriptorsById))
        {
            first.Expect([file], "check");
            Assert.Null(first.TryGet(file, "check", key, () => ArticleText));
            first.Put(file, "check", key, fresh, ArticleText);
            first.Done(file, "check");
        }

        Assert.True(File.Exists(folder.PathOf("cache/CACHEDIR.TAG")));
        using var second = new ResultCache(folder.PathOf("cache"), linter.DescriptorsById);
        Assert.Equal(fresh, second.TryGet(file, "check", key, () => ArticleText), DiagnosticComparer.Instance);
        Assert.Null(second.TryGet(file, "fix", key, () => ArticleText));
        Assert.Null(second.TryGet(file, "check", CacheKey.Compute("other settings", "check", file.DisplayPath, Article), () => ArticleText));
    }

    [Fact]
    public void ASaveDropsTheEntriesOfFilesDeletedSinceAndKeepsTheOthers()
    {
        using var folder = new TempCorpus();
        var (kept, met, deleted) = (Input(folder, "news/kept.txt"), Input(folder, "news/met.txt"), Input(folder, "news/deleted.txt"));
        var linter = new Linter(BuiltInRules.CreateAll(), AnalysisSettings.Default);
        var diagnostics = linter.Analyze(SourceText.Decode(Article), "a.txt");
        CacheKey KeyOf(InputFile file) => CacheKey.Compute("s", "check", file.DisplayPath, Article);
        using (var first = new ResultCache(folder.PathOf("cache"), linter.DescriptorsById))
        {
            foreach (var file in new[] { kept, met, deleted })
            {
                first.Put(file, "check", KeyOf(file), diagnostics, ArticleText);
            }
        }

        // The second run meets one file (a hit) and changes another, so the folder is saved again; the run never
        // asks about the deleted file, which only the disk can tell is gone.
        var changed = Input(folder, "news/changed.txt");
        File.Delete(deleted.FullPath!);
        using (var second = new ResultCache(folder.PathOf("cache"), linter.DescriptorsById))
        {
            Assert.NotNull(second.TryGet(met, "check", KeyOf(met), () => ArticleText));
            second.Put(changed, "check", KeyOf(changed), diagnostics, ArticleText);
        }

        using var third = new ResultCache(folder.PathOf("cache"), linter.DescriptorsById);
        Assert.NotNull(third.TryGet(kept, "check", KeyOf(kept), () => ArticleText));
        Assert.NotNull(third.TryGet(met, "check", KeyOf(met), () => ArticleText));
        Assert.NotNull(third.TryGet(changed, "check", KeyOf(changed), () => ArticleText));
        Assert.Null(third.TryGet(deleted, "check", KeyOf(deleted), () => ArticleText));
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
    [InlineData("flip-near-end")]
    [InlineData("flip-last")]
    [InlineData("garbage")]
    public void ACorruptCacheFileIsAMissNotAnError(string damage)
    {
        using var folder = new TempCorpus();
        var file = Input(folder, "a.txt");
        var linter = new Linter(BuiltInRules.CreateAll(), AnalysisSettings.Default);
        var key = CacheKey.Compute("s", "check", "a.txt", Article);
        using (var cache = new ResultCache(folder.PathOf("cache"), linter.DescriptorsById))
        {
            cache.Put(file, "check", key, linter.Analyze(SourceText.Decode(Article), "a.txt"), ArticleText);
        }

        var entry = Directory.GetFiles(folder.PathOf("cache/" + ResultCache.EntriesFolder)).Single();
        var bytes = File.ReadAllBytes(entry);
        File.WriteAllBytes(entry, damage switch
        {
            "truncate" => bytes[..(bytes.Length / 2)],
            "flip" => Flipped(bytes, 40),
            "flip-near-end" => Flipped(bytes, bytes.Length - 20), // the entry's diagnostics: only the checksum tells
            "flip-last" => Flipped(bytes, bytes.Length - 1), // the checksum itself
            _ => "not a cache file at all"u8.ToArray(),
        });

        using var reread = new ResultCache(folder.PathOf("cache"), linter.DescriptorsById);
        Assert.Null(reread.TryGet(file, "check", key, () => ArticleText));
    }

    [Fact]
    public void ClearRefusesAFolderThatIsNotACache()
    {
        using var folder = new TempCorpus();
        folder.Write("precious/article.txt", "keep me");
        Assert.Throws<IOException>(() => ResultCache.Clear(folder.PathOf("precious")));
        Assert.True(File.Exists(folder.PathOf("precious/article.txt")));
    }

    private static byte[] Flipped(byte[] bytes, int at) => [.. bytes[..at], (byte)(bytes[at] ^ 0xFF), .. bytes[(at + 1)..]];

    private static InputFile Input(TempCorpus folder, string relative) => new(folder.Write(relative, Article), relative, relative);

    private sealed class DiagnosticComparer : IEqualityComparer<Diagnostic>
    {
        public static readonly DiagnosticComparer Instance = new();

        public bool Equals(Diagnostic? x, Diagnostic? y) =>
            x!.Descriptor == y!.Descriptor && x.Location == y.Location && x.Message == y.Message && x.Severity == y.Severity && x.Confidence == y.Confidence
            && x.Fix?.Title == y.Fix?.Title && (x.Fix?.Changes ?? []).SequenceEqual(y.Fix?.Changes ?? []);

        public int GetHashCode(Diagnostic obj) => obj.Location.GetHashCode();
    }
}
