using System.Text.Json;

namespace CorpusLint.Cli.Tests.Commands;

/// <summary>Adopting the gate on a corpus that has junk: record it, report only new junk, notice what is gone.</summary>
public class BaselineCommandTests
{
    private const string Article =
        "Title\n\nThe first paragraph of the article, long enough to be prose.\n\nShare post:\n\nThe second paragraph of the article is also prose, and it is long enough to count as part of the body.\n\nFollow us on Twitter @example\n";

    private static TempCorpus BaselinedCorpus()
    {
        var corpus = new TempCorpus();
        corpus.Write("news/a.txt", Article);
        var result = CliRunner.Run(corpus.Root, "baseline", "news");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("Wrote corpuslint.baseline.json: 2 diagnostics in 1 files (1 files checked).\n", result.Out);
        return corpus;
    }

    private static JsonElement[] Entries(TempCorpus corpus) =>
        JsonDocument.Parse(File.ReadAllText(corpus.PathOf("corpuslint.baseline.json"))).RootElement.GetProperty("entries").EnumerateArray().ToArray();

    [Fact]
    public void TheBaselineIsKeyedByRuleFileAndFlaggedTextNotByLine()
    {
        using var corpus = BaselinedCorpus();
        var entries = Entries(corpus);
        Assert.Equal(["CL2001", "CL2002"], entries.Select(e => e.GetProperty("rule").GetString()));
        Assert.All(entries, e => Assert.Equal("news/a.txt", e.GetProperty("file").GetString()));
        Assert.All(entries, e => Assert.Matches("^[0-9a-f]{16}$", e.GetProperty("hash").GetString()));
        Assert.All(entries, e => Assert.False(e.TryGetProperty("line", out _)));
        Assert.Equal("Share button label 'Share post:' is not article text", entries[0].GetProperty("message").GetString());
    }

    [Fact]
    public void CheckReportsOnlyNewDiagnosticsAndSaysHowManyWereBaselined()
    {
        using var corpus = BaselinedCorpus();

        var clean = CliRunner.Run(corpus.Root, "check", "--format", "msbuild", "news");
        Assert.Equal(0, clean.ExitCode);
        Assert.Equal("1 file checked: 0 diagnostics (0 errors, 0 warnings, 0 info).\n", clean.Out);
        Assert.Contains("2 diagnostics baselined in corpuslint.baseline.json.", clean.Error);

        corpus.Write("news/a.txt", Article + "\nTweet\n");
        var added = CliRunner.Run(corpus.Root, "check", "--format", "msbuild", "news");
        Assert.Equal(1, added.ExitCode);
        Assert.StartsWith("news/a.txt(11,1): warning CL2001: Share button label 'Tweet'", added.Out);
        Assert.Contains("1 file checked: 1 diagnostic ", added.Out);
    }

    [Fact]
    public void EditingAnUnrelatedParagraphKeepsTheJunkBaselined()
    {
        using var corpus = BaselinedCorpus();
        var edited = Article
            .Replace("The first paragraph of the article", "The rewritten first paragraph of this story", StringComparison.Ordinal)
            .Replace("Title\n\n", "Title\n\nA new opening paragraph, added after the baseline was made.\n\n", StringComparison.Ordinal);
        corpus.Write("news/a.txt", edited);

        var result = CliRunner.Run(corpus.Root, "check", "--format", "msbuild", "news");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("2 diagnostics baselined", result.Error);
        Assert.DoesNotContain("no longer occurs", result.Error);
    }

    [Fact]
    public void FixingTheJunkReportsTheEntryAsStaleAndPruneRemovesIt()
    {
        using var corpus = BaselinedCorpus();
        corpus.Write("news/a.txt", Article.Replace("Share post:\n\n", string.Empty, StringComparison.Ordinal));

        var check = CliRunner.Run(corpus.Root, "check", "--format", "msbuild", "news");
        Assert.Equal(0, check.ExitCode);
        Assert.Contains("1 diagnostic baselined in corpuslint.baseline.json.", check.Error);
        Assert.Contains("info: corpuslint.baseline.json: baselined CL2001 in news/a.txt no longer occurs: Share button label 'Share post:' is not article text", check.Error);
        Assert.Contains("1 stale baseline entry; `corpuslint baseline --prune` removes it.", check.Error);

        corpus.Write("news/a.txt", Article.Replace("Share post:\n\n", "Tweet\n\n", StringComparison.Ordinal));
        var prune = CliRunner.Run(corpus.Root, "baseline", "--prune", "news");
        Assert.Equal(0, prune.ExitCode);
        Assert.Equal("Pruned corpuslint.baseline.json: 1 stale diagnostics removed, 1 remain in 1 files.\n", prune.Out);
        Assert.Equal(["CL2002"], Entries(corpus).Select(e => e.GetProperty("rule").GetString()));

        var after = CliRunner.Run(corpus.Root, "check", "--format", "msbuild", "news");
        Assert.DoesNotContain("no longer occurs", after.Error);
        Assert.Contains("warning CL2001: Share button label 'Tweet'", after.Out);
    }

    [Fact]
    public void AnEntryCoversAsManyDiagnosticsAsItCounted()
    {
        using var corpus = BaselinedCorpus();
        corpus.Write("news/a.txt", Article + "\nShare post:\n");

        var result = CliRunner.Run(corpus.Root, "check", "--format", "msbuild", "news");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("news/a.txt(11,1): warning CL2001", result.Out);
        Assert.Single(result.Out.Split('\n'), l => l.Contains("CL2001", StringComparison.Ordinal));
    }

    [Fact]
    public void EntriesOfADeletedFileAreStaleAndEntriesOfFilesNotCheckedAreKept()
    {
        using var corpus = BaselinedCorpus();
        corpus.Write("other/b.txt", Article);
        Assert.Equal(0, CliRunner.Run(corpus.Root, "baseline", "other").ExitCode);
        Assert.Equal(4, Entries(corpus).Length);

        File.Delete(corpus.PathOf("news/a.txt"));
        var check = CliRunner.Run(corpus.Root, "check", "--format", "msbuild", "other");
        Assert.Equal(0, check.ExitCode);
        Assert.Contains("2 stale baseline entries", check.Error);

        Assert.Equal(0, CliRunner.Run(corpus.Root, "baseline", "--prune", "other").ExitCode);
        Assert.All(Entries(corpus), e => Assert.Equal("other/b.txt", e.GetProperty("file").GetString()));
    }

    [Fact]
    public void ANamedBaselineFileIsUsedAndAMissingOneIsAnError()
    {
        using var corpus = new TempCorpus();
        corpus.Write("news/a.txt", Article);
        Assert.Equal(0, CliRunner.Run(corpus.Root, "baseline", "news", "--baseline", "ci/known.json").ExitCode);

        Assert.Equal(1, CliRunner.Run(corpus.Root, "check", "--format", "msbuild", "news").ExitCode);
        Assert.Equal(0, CliRunner.Run(corpus.Root, "check", "--format", "msbuild", "news", "--baseline", "ci/known.json").ExitCode);

        var missing = CliRunner.Run(corpus.Root, "check", "--format", "msbuild", "news", "--baseline", "nothere.json");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("error: nothere.json: the baseline file does not exist", missing.Error);

        var prune = CliRunner.Run(corpus.Root, "baseline", "--prune", "--baseline", "nothere.json");
        Assert.Equal(2, prune.ExitCode);
        Assert.Contains("there is no baseline to prune", prune.Error);
    }

    [Theory]
    [InlineData("{ \"version\": 1,\n  \"entries\": [ { \"rule\": \"CL2001\" } ] }", "corpuslint.baseline.json(2,36): invalid baseline:")]
    [InlineData("{ \"version\": 1, \"entries\": [], \"extra\": 1 }", "corpuslint.baseline.json(1,")]
    [InlineData("{ \"version\": 7, \"entries\": [] }", "corpuslint.baseline.json: baseline version 7 is not supported")]
    [InlineData("{ \"entries\": [ { \"rule\": \"CL2001\", \"file\": \"a.txt\", \"hash\": \"00\" }, { \"rule\": \"CL2001\", \"file\": \"a.txt\", \"hash\": \"00\" } ] }", "corpuslint.baseline.json: invalid baseline: the entry CL2001 a.txt 00 appears twice")]
    [InlineData("{ \"entries\": [ { \"rule\": \"CL2001\", \"file\": \"a.txt\", \"hash\": \"00\", \"count\": 0 } ] }", "corpuslint.baseline.json: invalid baseline: the entry CL2001 a.txt 00 has count 0; expected 1 or more")]
    public void AMalformedBaselineIsAnErrorWithItsPosition(string content, string expected)
    {
        using var corpus = new TempCorpus();
        corpus.Write("news/a.txt", Article);
        corpus.Write("corpuslint.baseline.json", content);

        var check = CliRunner.Run(corpus.Root, "check", "--format", "msbuild", "news");
        var baseline = CliRunner.Run(corpus.Root, "baseline", "news");

        Assert.Equal(2, check.ExitCode);
        Assert.Contains("error: " + expected, check.Error);
        Assert.Equal(2, baseline.ExitCode);
        Assert.Equal(content, File.ReadAllText(corpus.PathOf("corpuslint.baseline.json")));
    }

    [Fact]
    public void NothingIsWrittenWhenAnInputCannotBeRead()
    {
        using var corpus = new TempCorpus();
        corpus.Write("news/a.txt", Article);
        corpus.Write("news/bad.txt", [0xFF, 0xFE, 0x00]);

        var result = CliRunner.Run(corpus.Root, "baseline", "news");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error: corpuslint.baseline.json was not written: some inputs could not be read.", result.Error);
        Assert.False(File.Exists(corpus.PathOf("corpuslint.baseline.json")));
    }

    [Fact]
    public void TheSeedCorpusRoundTrips()
    {
        using var corpus = TempCorpus.WithSeeds();
        var before = CliRunner.Run(corpus.Root, "check", "--format", "msbuild", "seeds");
        int diagnostics = before.Out.Split('\n').Count(l => l.StartsWith("seeds/", StringComparison.Ordinal));

        Assert.Equal(0, CliRunner.Run(corpus.Root, "baseline", "seeds").ExitCode);
        var after = CliRunner.Run(corpus.Root, "check", "--format", "msbuild", "seeds");

        Assert.Equal(0, after.ExitCode);
        Assert.Contains($"{diagnostics} diagnostics baselined", after.Error);
        Assert.Equal(diagnostics, Entries(corpus).Sum(e => e.GetProperty("count").GetInt32()));
    }
}
