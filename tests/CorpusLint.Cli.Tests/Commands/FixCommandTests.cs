using CorpusLint.Fixes;
using CorpusLint.Testing;

namespace CorpusLint.Cli.Tests.Commands;

public class FixCommandTests
{
    [Fact]
    public void DiffPrintsAUnifiedDiffAndWritesNothing()
    {
        using var corpus = TempCorpus.WithSeeds();
        var before = corpus.Snapshot();
        var result = CliRunner.Run(corpus.Root, "fix", "--diff", "seeds");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--- a/seeds/003_221af191ad980003.txt\n+++ b/seeds/003_221af191ad980003.txt\n@@ -", result.Out);
        Assert.Contains("\n-Share post:\n", result.Out);
        Assert.Equal(before, corpus.Snapshot());
    }

    [Fact]
    public void OutputDirWritesCleanCopiesAndLeavesInputsAlone()
    {
        using var corpus = TempCorpus.WithSeeds();
        var before = corpus.Snapshot();
        var result = CliRunner.Run(corpus.Root, "fix", "seeds", "--output-dir", "out");
        Assert.Equal(0, result.ExitCode);

        var outputs = Directory.GetFiles(corpus.PathOf("out")).Select(Path.GetFileName).Order().ToList();
        Assert.Equal(before.Keys.Select(Path.GetFileName).Order().ToList(), outputs);
        foreach (var output in Directory.GetFiles(corpus.PathOf("out")))
        {
            var text = File.ReadAllText(output);
            Assert.Equal(Normalizer.Normalize(text), text);
        }

        Assert.All(before, kv => Assert.Equal(kv.Value, corpus.Snapshot()[kv.Key]));
    }

    [Fact]
    public void StandardInputIsFixedToStandardOutput()
    {
        using var corpus = new TempCorpus();
        var input = File.ReadAllText(RepositoryPaths.Fixture("seeds", "input", "004_626c3b8d8e21fe32.txt"));
        var piped = CliRunner.RunWithInput(corpus.Root, input, "fix", "-");
        Assert.Equal(0, piped.ExitCode);

        corpus.Write("a.txt", input);
        CliRunner.Run(corpus.Root, "fix", "a.txt", "--output-dir", "out");
        Assert.Equal(File.ReadAllText(corpus.PathOf("out/a.txt")), piped.Out);
        Assert.DoesNotContain("Show Buttons", piped.Out);
    }

    [Fact]
    public void InPlaceFixIsIdempotent()
    {
        using var corpus = TempCorpus.WithSeeds();
        var first = CliRunner.Run(corpus.Root, "fix", "seeds");
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("Fixed seeds/003_221af191ad980003.txt (", first.Out);
        var fixedOnce = corpus.Snapshot();

        var second = CliRunner.Run(corpus.Root, "fix", "seeds");
        Assert.Equal(fixedOnce, corpus.Snapshot());
        Assert.Contains(": 0 changed", second.Out);
        Assert.Equal(0, CliRunner.Run(corpus.Root, "fix", "--check", "seeds").ExitCode);
    }

    [Fact]
    public void CheckModeExitsOneWhenAFileWouldChangeAndWritesNothing()
    {
        using var corpus = TempCorpus.WithSeeds();
        var before = corpus.Snapshot();
        var result = CliRunner.Run(corpus.Root, "fix", "--check", "seeds");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Would fix seeds/000_d05733d5f428e0b3.txt", result.Out);
        Assert.Equal(before, corpus.Snapshot());
    }

    [Fact]
    public void AnUnreadableFileIsReportedAndNotWritten()
    {
        using var corpus = new TempCorpus();
        var bad = corpus.Write("bad.txt", [0x00, 0x01, 0x02, 0xFF]);
        var result = CliRunner.Run(corpus.Root, "fix", ".");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error: bad.txt: not readable as text: binary data", result.Error);
        Assert.Equal([0x00, 0x01, 0x02, 0xFF], File.ReadAllBytes(bad));
    }
}
