using System.Text.RegularExpressions;
using CorpusLint.Testing;

namespace CorpusLint.Cli.Tests.Commands;

public class CheckCommandTests
{
    private static readonly Regex DiagnosticLine = new(@"^(?<path>[^()]+)\((?<line>\d+),(?<col>\d+)\): (error|warning|info) (?<id>[A-Z]+\d{4}): .+$");

    [Fact]
    public void ReportsEverySeedWithFileLineAndColumnAndExitsOne()
    {
        using var corpus = TempCorpus.WithSeeds();
        var result = CliRunner.Run(corpus.Root, "check", "seeds", "--format", "msbuild");

        Assert.Equal(1, result.ExitCode);
        var lines = result.Out.TrimEnd('\n').Split('\n');
        var diagnostics = lines[..^1];
        Assert.All(diagnostics, l => Assert.Matches(DiagnosticLine, l));
        var files = diagnostics.Select(l => DiagnosticLine.Match(l).Groups["path"].Value).Distinct().Order().ToList();
        Assert.Equal(5, files.Count);
        Assert.All(files, f => Assert.StartsWith("seeds/", f));
        Assert.StartsWith("5 files checked:", lines[^1]);
    }

    [Fact]
    public void SeedReportSnapshot()
    {
        var result = CliRunner.Run(RepositoryPaths.Fixtures, "check", "seeds/input", "--format", "msbuild");
        Snapshot.Verify($"exit code: {result.ExitCode}\n{result.Out}");
    }

    [Fact]
    public void ACleanFileExitsZero()
    {
        using var corpus = new TempCorpus();
        corpus.Write("a.txt", "Title\n\nA clean paragraph of text.\n");
        var result = CliRunner.Run(corpus.Root, "check", "a.txt");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("1 file checked: 0 diagnostics (0 errors, 0 warnings, 0 info).\n", result.Out);
    }

    [Fact]
    public void FailOnErrorLetsWarningsPass()
    {
        using var corpus = TempCorpus.WithSeeds();
        Assert.Equal(0, CliRunner.Run(corpus.Root, "check", "seeds", "--fail-on", "error").ExitCode);
    }

    [Fact]
    public void StandardInputIsNamedByStdinFilename()
    {
        using var corpus = new TempCorpus();
        var result = CliRunner.RunWithInput(corpus.Root, "Title\n\nShare post:\n", "check", "-", "--stdin-filename", "news/a.txt", "--format", "msbuild");
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("news/a.txt(3,1): warning CL2001:", result.Out);
    }

    [Fact]
    public void UnreadableFilesAreErrorsNamingFileAndReasonAndTheRunGoesOn()
    {
        using var corpus = new TempCorpus();
        corpus.Write("bad.txt", [(byte)'o', (byte)'k', 0xFF, (byte)'\n']);
        corpus.Write("good.txt", "Title\n\nShare post:\n");
        var result = CliRunner.Run(corpus.Root, "check", ".", "--format", "msbuild");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error: bad.txt: not readable as text: invalid UTF-8 at byte offset 2", result.Error);
        Assert.Contains("good.txt(3,1): warning CL2001", result.Out);
    }

    [Fact]
    public void MissingPathsAndUnknownOptionsExitTwo()
    {
        using var corpus = new TempCorpus();
        var missing = CliRunner.Run(corpus.Root, "check", "nothere.txt");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("nothere.txt: no such file or directory", missing.Error);

        var unknown = CliRunner.Run(corpus.Root, "check", "--bogus");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("--bogus: unknown option", unknown.Error);
    }

    [Fact]
    public void AGlobThatMatchesNothingIsAWarning()
    {
        using var corpus = new TempCorpus();
        var result = CliRunner.Run(corpus.Root, "check", "corpus/**/*.txt");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("warning: corpus/**/*.txt: the glob matched no files", result.Error);
    }

    [Fact]
    public void GlobsAndIncludeExcludeSelectFiles()
    {
        using var corpus = new TempCorpus();
        corpus.Write("a/one.txt", "Share post:\n");
        corpus.Write("a/two.md", "Share post:\n");
        corpus.Write("a/skip/three.txt", "Share post:\n");
        var glob = CliRunner.Run(corpus.Root, "check", "a/**/*.txt", "--exclude", "**/skip/**", "--format", "msbuild");
        Assert.Contains("a/one.txt(", glob.Out);
        Assert.DoesNotContain("three.txt", glob.Out);

        var include = CliRunner.Run(corpus.Root, "check", "a", "--include", "**/*.md", "--format", "msbuild");
        Assert.Contains("a/two.md(", include.Out);
        Assert.DoesNotContain("one.txt", include.Out);
    }
}
