using CorpusLint.Cli.Output;
using CorpusLint.Testing;
using Xunit.Abstractions;

namespace CorpusLint.Cli.Tests.Commands;

/// <summary>
/// The real tool, as a process, fixing a corpus in place (with several jobs when it has --jobs), killed
/// with SIGKILL part-way through, several times over: every file must be either its original or its clean
/// form, never half written, and a final run must finish the job. The corpus is a copy of the devset when
/// it is there, else generated articles.
/// </summary>
public class InterruptedFixTests(ITestOutputHelper output)
{
    [Fact]
    public void KillingARunLeavesEveryFileOriginalOrCleanNeverHalfWritten()
    {
        using var corpus = new TempCorpus();
        var originals = WriteCorpus(corpus.PathOf("original"));
        CopyFolder(corpus.PathOf("original"), corpus.PathOf("work"));

        // The clean form of each file, from the same tool, into a separate folder.
        var reference = ToolProcess.Run(corpus.Root, ["fix", "original", "--output-dir", "clean"]);
        Assert.True(reference.ExitCode is 0 or 1, reference.Error);
        var clean = originals.Keys.ToDictionary(name => name, name => File.ReadAllBytes(corpus.PathOf(Path.Combine("clean", name))));
        Assert.Equal(originals.Keys.Order(), Directory.GetFiles(corpus.PathOf("original")).Select(Path.GetFileName).Order()!);

        string[] jobs = ToolHelp(corpus.Root).Contains("--jobs", StringComparison.Ordinal) ? ["--jobs", "4"] : [];
        int kills = 0, leftovers = 0;
        foreach (int fixedLines in new[] { 1, 10, 40, 100 })
        {
            var run = ToolProcess.Run(corpus.Root, ["fix", "work", .. jobs], killAfterFixedLines: fixedLines);
            kills += run.Killed ? 1 : 0;
            AssertOriginalOrClean(corpus.PathOf("work"), originals, clean, mustBeClean: false);
            leftovers += DeleteTemporaryFiles(corpus.PathOf("work"));
        }

        // Interrupted politely (SIGTERM, Ctrl-C's SIGINT), a run also removes the temporary file it was writing.
        foreach (var (signal, fixedLines) in new[] { ("TERM", 20), ("INT", 30) })
        {
            var run = ToolProcess.Run(corpus.Root, ["fix", "work", .. jobs], killAfterFixedLines: fixedLines, signal: signal);
            kills += run.Killed ? 1 : 0;
            AssertOriginalOrClean(corpus.PathOf("work"), originals, clean, mustBeClean: false, temporaryFilesAllowed: false);
        }

        var last = ToolProcess.Run(corpus.Root, ["fix", "work", .. jobs]);
        Assert.True(last.ExitCode is 0 or 1, last.Error);
        AssertOriginalOrClean(corpus.PathOf("work"), originals, clean, mustBeClean: true);
        output.WriteLine($"{originals.Count} files, {kills} runs killed or interrupted part-way{(jobs.Length > 0 ? " with --jobs 4" : " (the tool has no --jobs yet)")}, {leftovers} temporary files left by SIGKILL; all files original or clean after each.");
        Assert.True(kills > 0, "no run was still going when it was to be killed, so nothing was tested");
    }

    private static void AssertOriginalOrClean(string folder, Dictionary<string, byte[]> originals, Dictionary<string, byte[]> clean, bool mustBeClean, bool temporaryFilesAllowed = true)
    {
        var present = Directory.GetFiles(folder).Select(Path.GetFileName).ToList();

        // SIGKILL between writing a temporary file and renaming it leaves that temporary file: harmless, and
        // named for what it is. Nothing else may appear or go missing.
        var unexpected = present.Where(n => !originals.ContainsKey(n!) && !(temporaryFilesAllowed && n!.EndsWith(AtomicFileWriter.TemporarySuffix, StringComparison.Ordinal))).ToList();
        Assert.True(unexpected.Count == 0, "unexpected files: " + string.Join(", ", unexpected));
        foreach (var (name, original) in originals)
        {
            var path = Path.Combine(folder, name);
            Assert.True(File.Exists(path), $"{name} is missing");
            var bytes = File.ReadAllBytes(path);
            bool isClean = bytes.AsSpan().SequenceEqual(clean[name]);
            bool isOriginal = bytes.AsSpan().SequenceEqual(original);
            Assert.True(isClean || (isOriginal && !mustBeClean), $"{name} is {(isOriginal ? "still the original" : "neither its original nor its clean form")}");
        }
    }

    private static int DeleteTemporaryFiles(string folder)
    {
        var temps = Directory.GetFiles(folder, "*" + AtomicFileWriter.TemporarySuffix);
        foreach (var temp in temps)
        {
            File.Delete(temp);
        }

        return temps.Length;
    }

    private static Dictionary<string, byte[]> WriteCorpus(string folder)
    {
        Directory.CreateDirectory(folder);
        var devset = Path.Combine(RepositoryPaths.Shared, "devset", "input");
        if (Directory.Exists(devset))
        {
            CopyFolder(devset, folder);
        }
        else
        {
            for (int i = 0; i < 300; i++)
            {
                File.WriteAllText(Path.Combine(folder, $"article-{i:D3}.txt"), new ArticleGenerator(i).NextArticle());
            }
        }

        return Directory.GetFiles(folder).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*.txt"))
        {
            // The shared devset is read-only, and fix rightly refuses read-only files: the copies are ours.
            var copy = Path.Combine(to, Path.GetFileName(file));
            File.Copy(file, copy);
            new FileInfo(copy).IsReadOnly = false;
        }
    }

    private static string ToolHelp(string workingDirectory) => ToolProcess.Run(workingDirectory, ["fix", "--help"]).Out;
}
