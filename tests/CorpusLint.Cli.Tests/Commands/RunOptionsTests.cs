using System.Text.RegularExpressions;
using CorpusLint.Cli.Caching;
using CorpusLint.Cli.Reporting;

namespace CorpusLint.Cli.Tests.Commands;

/// <summary>--jobs, the result cache and --shard, end to end.</summary>
public class RunOptionsTests
{
    [Fact]
    public void OutputIsTheSameWhateverTheNumberOfJobs()
    {
        using var corpus = TempCorpus.WithSeeds();
        var one = CliRunner.Run(corpus.Root, "check", "--format", "msbuild", "seeds", "--no-cache", "--jobs", "1");
        var four = CliRunner.Run(corpus.Root, "check", "--format", "msbuild", "seeds", "--no-cache", "--jobs", "4");
        Assert.Equal(one, four);

        var diffOne = CliRunner.Run(corpus.Root, "fix", "--diff", "seeds", "--no-cache", "-j", "1");
        var diffFour = CliRunner.Run(corpus.Root, "fix", "--diff", "seeds", "--no-cache", "-j", "4");
        Assert.Equal(diffOne, diffFour);
        Assert.Contains("+++ b/seeds/", diffFour.Out);
    }

    [Fact]
    public void AWarmRunAnswersFromTheCacheWithTheSameReport()
    {
        using var corpus = TempCorpus.WithSeeds();
        var cold = CliRunner.Run(corpus.Root, "check", "--format", "msbuild", "seeds");
        var entries = Entries(corpus);
        Assert.Single(entries);

        var warm = CliRunner.Run(corpus.Root, "check", "--format", "msbuild", "seeds");
        Assert.Equal(cold, warm);

        // All hits: the folder's cache file is read, not rewritten (a miss would save a new one).
        Assert.Equal(entries, Entries(corpus));
    }

    public static TheoryData<string> Formats => [.. ReportFormatNames.All];

    [Theory]
    [MemberData(nameof(Formats))]
    public void AWarmRunWritesTheColdRunsReportInEveryFormat(string format)
    {
        // A warm run reads flagged lines from the undecoded bytes: line breaks, byte order marks and characters
        // outside ASCII must come out as a cold run decodes them; an unreadable file is reported again.
        using var corpus = TempCorpus.WithSeeds();
        var seed = File.ReadAllText(Directory.GetFiles(corpus.PathOf("seeds")).Order().First());
        var awkward = seed.Replace("\n", "\n\u200B Sh\u00ADare\tthis — “now”\r\n") + "\n\r\nno final break";
        corpus.Write("awkward/crlf.txt", awkward.Replace("\n", "\r\n"));
        corpus.Write("awkward/cr.txt", awkward.Replace('\n', '\r'));
        corpus.Write("awkward/bom.txt", [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(awkward)]);
        corpus.Write("awkward/utf16.txt", [0xFF, 0xFE, .. System.Text.Encoding.Unicode.GetBytes(awkward)]);
        corpus.Write("awkward/binary.txt", [0x41, 0x00, 0x42]);

        string[] args = ["check", "--format", format, "seeds", "awkward"];
        var cold = CliRunner.Run(corpus.Root, args);
        Assert.Equal(2, cold.ExitCode);
        Assert.Contains("binary.txt", cold.Error);
        Assert.Equal(cold, CliRunner.Run(corpus.Root, [.. args, "-j", "1"]));
        Assert.Equal(cold, CliRunner.Run(corpus.Root, [.. args, "-j", "3"]));
        Assert.Equal(cold, CliRunner.Run(corpus.Root, [.. args, "--no-cache"]));

        // To a file the formatted parts are copied as UTF-8 bytes, not as text: the same report.
        Assert.Equal(2, CliRunner.Run(corpus.Root, [.. args, "--output", "report.out"]).ExitCode);
        Assert.Equal(cold.Out, File.ReadAllText(corpus.PathOf("report.out")));
    }

    [Fact]
    public async Task RunsAtOnceOnOneCacheAllWriteTheSameReport()
    {
        // Each run saves a folder's entries by renaming a whole file over the old one: however the runs
        // interleave, every one reads whole files, and the cache left behind serves the same report.
        using var corpus = TempCorpus.WithSeeds();
        for (int copy = 0; copy < 4; copy++)
        {
            foreach (var seed in Directory.GetFiles(corpus.PathOf("seeds")))
            {
                corpus.Write($"more/{copy}/{Path.GetFileName(seed)}", File.ReadAllBytes(seed));
            }
        }

        string[] args = ["check", "--format", "text", "seeds", "more"];
        var expected = CliRunner.Run(corpus.Root, [.. args, "--no-cache"]);
        var together = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => CliRunner.Run(corpus.Root, args))));
        Assert.All(together, run => Assert.Equal(expected, run));
        Assert.Equal(expected, CliRunner.Run(corpus.Root, args));
    }

    [Fact]
    public void AChangedFileIsAnalysedAgain()
    {
        using var corpus = TempCorpus.WithSeeds();
        corpus.Write("seeds/extra.txt", "Title\n\nA long enough sentence of article prose to count as the body of it.\n");
        Assert.DoesNotContain("extra.txt", CliRunner.Run(corpus.Root, "check", "--format", "msbuild", "seeds").Out);

        corpus.Write("seeds/extra.txt", "Title\n\nA long enough sentence of article prose to count as the body of it.\n\nShare post:\n");
        Assert.Contains("seeds/extra.txt(5,1): warning CL2001", CliRunner.Run(corpus.Root, "check", "--format", "msbuild", "seeds").Out);
    }

    [Fact]
    public void AChangedConfigurationIsNeverServedAnOldResult()
    {
        using var corpus = TempCorpus.WithSeeds();
        Assert.Contains("warning CL2001", CliRunner.Run(corpus.Root, "check", "--format", "msbuild", "seeds").Out);
        Assert.DoesNotContain("CL2001", CliRunner.Run(corpus.Root, "check", "--format", "msbuild", "seeds", "--ignore", "CL2001").Out);

        corpus.Write("corpuslint.json", "{ \"root\": true, \"rules\": { \"CL2001\": \"error\" } }");
        Assert.Contains("error CL2001", CliRunner.Run(corpus.Root, "check", "--format", "msbuild", "seeds").Out);

        // The same severities from an edited file: still a new configuration, so analysed again, same report.
        var before = CliRunner.Run(corpus.Root, "check", "--format", "msbuild", "seeds");
        corpus.Write("corpuslint.json", "{ \"root\": true, \"rules\": { \"CL2001\": \"error\" } } // edited");
        Assert.Equal(before, CliRunner.Run(corpus.Root, "check", "--format", "msbuild", "seeds"));
    }

    [Fact]
    public void TheBaselineStillSeesEveryDiagnosticOnAWarmRun()
    {
        using var corpus = TempCorpus.WithSeeds();
        Assert.Equal(0, CliRunner.Run(corpus.Root, "baseline", "seeds").ExitCode);
        var cold = CliRunner.Run(corpus.Root, "check", "--format", "msbuild", "seeds");
        var warm = CliRunner.Run(corpus.Root, "check", "--format", "msbuild", "seeds");
        Assert.Equal(0, warm.ExitCode);
        Assert.Equal(cold, warm);
        Assert.DoesNotContain("stale", warm.Error);
        Assert.Contains("diagnostics baselined", warm.Error);
    }

    [Fact]
    public void ACorruptCacheIsIgnoredAndRebuilt()
    {
        using var corpus = TempCorpus.WithSeeds();
        var fresh = CliRunner.Run(corpus.Root, "check", "--format", "msbuild", "seeds");
        foreach (var entry in Entries(corpus).Keys)
        {
            File.WriteAllText(entry, "garbage");
        }

        Assert.Equal(fresh, CliRunner.Run(corpus.Root, "check", "--format", "msbuild", "seeds"));
        Assert.All(Entries(corpus).Keys, entry => Assert.NotEqual("garbage", File.ReadAllText(entry)));
    }

    [Fact]
    public void AnAlreadyCleanFileIsNotFixedAgain()
    {
        using var corpus = TempCorpus.WithSeeds();
        Assert.Equal(0, CliRunner.Run(corpus.Root, "fix", "seeds").ExitCode);
        Assert.Equal(0, CliRunner.Run(corpus.Root, "fix", "seeds").ExitCode);
        var entries = Entries(corpus);
        Assert.Single(entries);

        var third = CliRunner.Run(corpus.Root, "fix", "--check", "seeds");
        Assert.Equal(0, third.ExitCode);
        Assert.Equal(entries, Entries(corpus));
    }

    [Fact]
    public void ARefusedFixIsReportedOnEveryRunNotCached()
    {
        using var corpus = new TempCorpus();
        corpus.Write("junk/only.txt", "Share\n\nTweet\n\nPrint\n");
        var first = CliRunner.Run(corpus.Root, "fix", "junk");
        var second = CliRunner.Run(corpus.Root, "fix", "junk");
        Assert.Equal(1, first.ExitCode);
        Assert.Equal(first, second);
        Assert.Equal("Share\n\nTweet\n\nPrint\n", File.ReadAllText(corpus.PathOf("junk/only.txt")));
    }

    [Fact]
    public void NoCacheWritesNoCache()
    {
        using var corpus = TempCorpus.WithSeeds();
        CliRunner.Run(corpus.Root, "check", "--format", "msbuild", "seeds", "--no-cache");
        CliRunner.Run(corpus.Root, "fix", "seeds", "--no-cache");
        Assert.False(Directory.Exists(corpus.PathOf(ResultCache.DirectoryName)));
    }

    [Fact]
    public void CleanDeletesTheCache()
    {
        using var corpus = TempCorpus.WithSeeds();
        CliRunner.Run(corpus.Root, "check", "--format", "msbuild", "seeds", "--cache-dir", "elsewhere");
        Assert.True(Directory.Exists(corpus.PathOf("elsewhere/" + ResultCache.EntriesFolder)));

        var clean = CliRunner.Run(corpus.Root, "clean", "--cache-dir", "elsewhere");
        Assert.Equal(0, clean.ExitCode);
        Assert.False(Directory.Exists(corpus.PathOf("elsewhere")));
        Assert.Contains("No cache", CliRunner.Run(corpus.Root, "clean").Out);
    }

    [Fact]
    public void CleanRefusesAFolderThatIsNotACache()
    {
        using var corpus = TempCorpus.WithSeeds();
        var result = CliRunner.Run(corpus.Root, "clean", "--cache-dir", "seeds");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("not a corpuslint cache", result.Error);
        Assert.Equal(5, Directory.GetFiles(corpus.PathOf("seeds")).Length);
    }

    [Fact]
    public void ShardsSplitTheFilesWithNoOverlap()
    {
        using var corpus = TempCorpus.WithSeeds();
        var all = CheckedFiles(CliRunner.Run(corpus.Root, "check", "--format", "msbuild", "seeds", "--no-cache").Out);
        var first = CheckedFiles(CliRunner.Run(corpus.Root, "check", "--format", "msbuild", "seeds", "--no-cache", "--shard", "1/2").Out);
        var second = CheckedFiles(CliRunner.Run(corpus.Root, "check", "--format", "msbuild", "seeds", "--no-cache", "--shard", "2/2").Out);

        Assert.Equal(all.Count, first.Count + second.Count);
        Assert.Empty(first.Intersect(second));
        Assert.Equal(all.Order(), first.Union(second).Order());
    }

    [Fact]
    public void ABadShardIsAUsageError()
    {
        using var corpus = TempCorpus.WithSeeds();
        var result = CliRunner.Run(corpus.Root, "check", "--format", "msbuild", "seeds", "--shard", "3/2");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--shard '3/2'", result.Error);
    }

    // The cache files with their identity: a rewritten file is a new file renamed into place.
    private static Dictionary<string, string> Entries(TempCorpus corpus) =>
        Directory.GetFiles(corpus.PathOf(ResultCache.DirectoryName + "/" + ResultCache.EntriesFolder), "*", SearchOption.AllDirectories)
            .ToDictionary(f => f, f => $"{File.GetLastWriteTimeUtc(f):O} {Convert.ToBase64String(File.ReadAllBytes(f))}");

    // Files named in diagnostics: every seed article has some.
    private static HashSet<string> CheckedFiles(string output) =>
        Regex.Matches(output, @"^(\S+)\(\d+,\d+\)", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToHashSet();
}
