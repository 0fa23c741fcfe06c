using System.Text.Json;
using CorpusLint.Cli.Hosting;

namespace CorpusLint.Cli.Tests.Commands;

/// <summary>check as a CI gate: exit codes, --fail-on, --max-warnings, --changed-since, --output, colour.</summary>
public class CheckGateTests
{
    // Checked with one rule (--select CL2001, share buttons), so new rules do not change the counts.
    private const string Junk = "Title\n\nShare post:\n\nA paragraph.\n";
    private const string Clean = "Title\n\nA paragraph.\n";

    [Fact]
    public void ExitCodesAreZeroWhenCleanOneOnFindingsTwoOnErrors()
    {
        using var corpus = new TempCorpus();
        corpus.Write("clean.txt", Clean);
        corpus.Write("junk.txt", Junk);
        corpus.Write("bad.txt", [0xFF]);

        Assert.Equal(0, Check(corpus.Root, "clean.txt").ExitCode);
        Assert.Equal(1, Check(corpus.Root, "clean.txt", "junk.txt").ExitCode);
        Assert.Equal(2, Check(corpus.Root, "junk.txt", "bad.txt").ExitCode);
        Assert.Equal(2, Check(corpus.Root, "missing.txt").ExitCode);
        Assert.Equal(2, CliRunner.Run(corpus.Root, "check", "clean.txt", "--format", "xml").ExitCode);
    }

    [Fact]
    public void MaxWarningsIsABudgetOfWarnings()
    {
        using var corpus = new TempCorpus();
        corpus.Write("a.txt", Junk);
        corpus.Write("b.txt", Junk);

        Assert.Equal(0, Check(corpus.Root, ".", "--max-warnings", "2").ExitCode);
        Assert.Equal(1, Check(corpus.Root, ".", "--max-warnings", "1").ExitCode);
        Assert.Equal(1, Check(corpus.Root, ".", "--fail-on", "error", "--max-warnings", "1").ExitCode);
        Assert.Equal(0, Check(corpus.Root, ".", "--fail-on", "error").ExitCode);
        Assert.Equal(2, CliRunner.Run(corpus.Root, "check", ".", "--max-warnings", "-1").ExitCode);
    }

    [Fact]
    public void OutputWritesTheReportToAFileAndNothingToStandardOutput()
    {
        using var corpus = new TempCorpus();
        corpus.Write("a.txt", Junk);

        var result = Check(corpus.Root, terminal: true, environment: null, "a.txt", "--format", "json", "--output", "reports/check.json");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        using var report = JsonDocument.Parse(File.ReadAllText(corpus.PathOf("reports/check.json")));
        Assert.Equal(1, report.RootElement.GetProperty("summary").GetProperty("warnings").GetInt32());
        Assert.Equal("a.txt", report.RootElement.GetProperty("files")[0].GetProperty("path").GetString());
    }

    [Fact]
    public void AReportThatCannotBeWrittenIsAnError()
    {
        using var corpus = new TempCorpus();
        corpus.Write("a.txt", Clean);
        corpus.Write("taken", "a file where a folder should be");

        var result = Check(corpus.Root, "a.txt", "--output", "taken/report.txt");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error: taken/report.txt: cannot write the report:", result.Error);
    }

    [Fact]
    public void TextIsPlainInAFileAPipeOrWithNoColor()
    {
        using var corpus = new TempCorpus();
        corpus.Write("a.txt", Junk);

        var terminal = Check(corpus.Root, terminal: true, environment: null, "a.txt");
        var noColor = Check(corpus.Root, terminal: true, environment: new Dictionary<string, string> { ["NO_COLOR"] = "1" }, "a.txt");
        var pipe = Check(corpus.Root, terminal: false, environment: null, "a.txt");
        Check(corpus.Root, terminal: true, environment: null, "a.txt", "--output", "report.txt");

        Assert.Contains('\u001b', terminal.Out);
        Assert.DoesNotContain('\u001b', noColor.Out);
        Assert.DoesNotContain('\u001b', pipe.Out);
        Assert.DoesNotContain('\u001b', File.ReadAllText(corpus.PathOf("report.txt")));
        Assert.Equal(pipe.Out, noColor.Out);
    }

    [Fact]
    public void ChangedSinceChecksOnlyFilesChangedSinceTheRevision()
    {
        using var corpus = new TempCorpus();
        TestGit.Init(corpus.Root);
        corpus.Write("corpus/old.txt", Junk);
        corpus.Write("corpus/edited.txt", Clean);
        TestGit.CommitAll(corpus.Root, "base");
        corpus.Write("corpus/edited.txt", Junk);
        corpus.Write("corpus/new.txt", Clean);

        var result = Check(corpus.Root, "corpus", "--changed-since", "HEAD", "--format", "msbuild");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("corpus/edited.txt(3,1): warning CL2001", result.Out);
        Assert.DoesNotContain("old.txt", result.Out);
        Assert.EndsWith("2 files checked: 1 diagnostic (0 errors, 1 warning, 0 info); 1 fixable with `corpuslint fix`.\n", result.Out);

        var bad = Check(corpus.Root, "corpus", "--changed-since", "nope");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("error: --changed-since nope: git diff failed:", bad.Error);
    }

    private static CliRunner.Result Check(string workingDirectory, params string[] args) => Check(workingDirectory, false, null, args);

    // The real command line with a console that may claim to be a terminal, and an environment of our own.
    private static CliRunner.Result Check(string workingDirectory, bool terminal, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var console = new CliConsole(stdout, stderr, () => new MemoryStream(), workingDirectory)
        {
            IsOutputTerminal = terminal,
            GetEnvironmentVariable = name => environment?.GetValueOrDefault(name),
        };
        int exit = CorpusLintApp.Run(["check", "--select", "CL2001", .. args], console);
        return new CliRunner.Result(exit, stdout.ToString(), stderr.ToString());
    }
}
