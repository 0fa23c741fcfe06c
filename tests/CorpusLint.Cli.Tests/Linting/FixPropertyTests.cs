using System.Collections.Concurrent;
using System.Diagnostics;
using CorpusLint.Analysis;
using CorpusLint.Cli.Linting;
using CorpusLint.Configuration;
using CorpusLint.Fixes;
using CorpusLint.Rules;
using CorpusLint.Testing;
using CorpusLint.Text;
using Xunit.Abstractions;

namespace CorpusLint.Cli.Tests.Linting;

/// <summary>
/// Properties every fix must have, whatever the rules are: it does not throw, it only deletes words (the
/// output's words are a subsequence of the input's), fixing twice changes nothing more, and the result does
/// not depend on the order or the threads files are fixed in. Checked on generated documents (a fuzz test:
/// by default the same 400 documents every run, so CI is reproducible; CORPUSLINT_FUZZ_SECONDS runs for that
/// long instead, CORPUSLINT_FUZZ_SEED starts elsewhere or replays a failure) and on the devset when it is there.
/// </summary>
public class FixPropertyTests(ITestOutputHelper output)
{
    // Generous on purpose: not a speed target (that is the benchmark's job) but a tripwire for hangs and
    // quadratic blow-ups, which take minutes, not seconds, on these documents.
    private static readonly TimeSpan MaxTimePerDocument = TimeSpan.FromSeconds(20);

    private const int DefaultDocuments = 400;

    private readonly Linter _linter = DefaultLinter();

    [Fact]
    public void GeneratedDocumentsKeepEveryPromise()
    {
        double? seconds = double.TryParse(Environment.GetEnvironmentVariable("CORPUSLINT_FUZZ_SECONDS"), out var s) ? s : null;
        int baseSeed = int.TryParse(Environment.GetEnvironmentVariable("CORPUSLINT_FUZZ_SEED"), out var seed) ? seed : 7;
        var budget = Stopwatch.StartNew();
        int documents = 0, undecodable = 0, refused = 0;
        do
        {
            var generator = new ArticleGenerator(baseSeed + documents);
            var bytes = generator.NextBytes();
            string replay = $"document seed {generator.Seed} (replay: CORPUSLINT_FUZZ_SEED={generator.Seed} and the first document)";
            SourceText text;
            try
            {
                text = SourceText.Decode(bytes);
            }
            catch (InvalidTextException)
            {
                undecodable++;
                documents++;
                continue;
            }

            var timer = Stopwatch.StartNew();
            var failed = Path.Combine(Path.GetTempPath(), $"corpuslint-fuzz-{generator.Seed}.txt");
            File.WriteAllBytes(failed, bytes);
            var result = AssertKeepsPromises(text, $"{replay}, saved as {failed}");
            File.Delete(failed);
            Assert.True(timer.Elapsed < MaxTimePerDocument, $"{replay}: took {timer.Elapsed} for {bytes.Length} bytes");
            refused += result.Refusal is null ? 0 : 1;
            documents++;
        }
        while (seconds is { } limit ? budget.Elapsed.TotalSeconds < limit : documents < DefaultDocuments);

        output.WriteLine($"{documents} generated documents from seed {baseSeed}: {undecodable} not text (rejected as such), {refused} fixes refused by the guard.");
        Assert.True(documents > 10 || seconds == 0, "the budget allowed too few documents to mean anything");
    }

    [SkippableFact]
    public void DevsetPagesKeepEveryPromise()
    {
        var files = DevsetInputs();
        foreach (var file in files)
        {
            AssertKeepsPromises(SourceText.Decode(File.ReadAllBytes(file)), Path.GetFileName(file));
        }

        output.WriteLine($"{files.Count} devset pages checked.");
    }

    [Fact]
    public void TheOutcomeDoesNotDependOnOrderOrThreads()
    {
        var documents = Directory.Exists(DevsetDirectory)
            ? DevsetInputs().Select(f => (Name: Path.GetFileName(f), Text: File.ReadAllText(f))).ToList()
            : Enumerable.Range(0, 200).Select(i => (Name: $"g{i}.txt", Text: new ArticleGenerator(i).NextArticle())).ToList();

        var alone = DefaultLinter();
        var sequential = documents.ToDictionary(d => d.Name, d => alone.Fix(SourceText.From(d.Text), d.Name, FixOptions.Default).Fixed.Text);

        // One shared linter, many threads, a shuffled order: every byte must come out the same.
        var parallel = new ConcurrentDictionary<string, string>();
        var shuffled = documents.OrderBy(d => d.Name.GetHashCode(StringComparison.Ordinal) ^ 0x5bd1e995).ToList();
        Parallel.ForEach(shuffled, new ParallelOptions { MaxDegreeOfParallelism = 8 }, d =>
            parallel[d.Name] = _linter.Fix(SourceText.From(d.Text), d.Name, FixOptions.Default).Fixed.Text);

        foreach (var (name, text) in sequential)
        {
            Assert.True(text == parallel[name], $"{name}: fixed differently in parallel");
        }
    }

    // Every built-in rule at its default: the properties must hold for whatever rules the catalogue has.
    private static Linter DefaultLinter() => new(BuiltInRules.CreateAll(), AnalysisSettings.Default);

    private static string DevsetDirectory => Path.Combine(RepositoryPaths.Shared, "devset", "input");

    private static List<string> DevsetInputs()
    {
        Skip.IfNot(Directory.Exists(DevsetDirectory), $"the devset is not at {DevsetDirectory} (it sits beside the checkout on the team's machines only)");
        return Directory.GetFiles(DevsetDirectory, "*.txt").Order(StringComparer.Ordinal).ToList();
    }

    private FixResult AssertKeepsPromises(SourceText text, string what)
    {
        var result = _linter.Fix(text, "doc.txt", FixOptions.Default);

        // No rule crashed (the driver turns a crash into CL0001) and no rule rewrote words (CL0004).
        Assert.DoesNotContain(result.Applied.Concat(result.Remaining), d => d.Id == AnalyzerDriver.AnalyzerFailed.Id);
        Assert.False(result.Refusal?.Id == FixGuard.RewritesWords.Id, $"{what}: {result.Refusal?.Message}");

        // A refused fix leaves the text exactly as it was; otherwise only deletions from the normalised text.
        Assert.True(result.Refusal is null || result.Fixed.Text == text.Text, $"{what}: a refused fix changed the text");
        var missing = result.Refusal is null ? WordOracle.FirstWordNotInOrder(result.Fixed.Text, Normalizer.Normalize(text.Text)) : null;

        // Restoring mis-decoded characters (`â€œChoose` to `“Choose`) is normalisation too.
        missing = missing is null ? null : WordOracle.FirstWordNotInOrder(result.Fixed.Text, Normalizer.Normalize(Windows1252Mojibake.Repair(text.Text)));
        Assert.True(missing is null, $"{what}: the output has the word '{missing}' where the input does not");
        Assert.False(text.Length > 0 && result.Fixed.Length == 0, $"{what}: a non-empty file was emptied");

        var again = _linter.Fix(result.Fixed, "doc.txt", FixOptions.Default);
        Assert.True(again.Fixed.Text == result.Fixed.Text, $"{what}: fixing the fixed text changed it again (not idempotent)");
        return result;
    }
}
