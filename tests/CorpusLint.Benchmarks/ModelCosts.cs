using System.Diagnostics;
using CorpusLint.Rules;
using CorpusLint.Semantics;
using CorpusLint.Syntax;
using CorpusLint.Text;

namespace CorpusLint.Benchmarks;

/// <summary>
/// Where the semantic model's time goes: each fact the rules ask for, forced in the order the layout needs
/// them, timed with a Stopwatch over the article set (wall milliseconds on one thread, per pass). rule-costs
/// shows a fact on whichever rule asks first; this shows the facts themselves, and each boilerplate signal
/// (a pack rule asked about every non-blank line), which is what the first fact spends its time on.
/// </summary>
public static class ModelCosts
{
    private static readonly (string Name, Action<SemanticModel> Force)[] Stages =
    [
        ("boilerplate claims", m => ForEachLine(m, l => m.BoilerplateSignalOf(l))),
        ("body search (facts, layout)", m => _ = m.Layout),
        ("roles (with body vocabulary)", m => ForEachLine(m, l => m.RoleOf(l))),
        ("prose scores", m => ForEachLine(m, l => m.ProseScore(l))),
        ("shingle index", m => _ = m.Shingles),
        ("repeated captions", m => ForEachLine(m, l => m.IsRepeatedCaptionLine(l))),
        ("metadata inside article", m => ForEachLine(m, l => m.IsMetadataInsideArticle(l))),
    ];

    public static void Run(int rounds)
    {
        var texts = BenchmarkArticles.Load().Select(f => SourceText.Decode(f.Bytes)).ToArray();
        var signals = BuiltInRules.CreateAll().OfType<IBoilerplateSignal>().ToArray();
        Console.WriteLine($"{texts.Length} articles from {BenchmarkArticles.Folder}; median of {rounds} rounds after 2 warm-up rounds");

        var stageTimes = Stages.Select(_ => new List<double>()).ToArray();
        var stageBytes = Stages.Select(_ => new List<double>()).ToArray();
        var parseTimes = new List<double>();
        var parseBytes = new List<double>();
        for (int round = 0; round < rounds + 2; round++)
        {
            var spent = new double[Stages.Length];
            var allocated = new double[Stages.Length];
            double parse = 0, parseAllocated = 0;
            foreach (var text in texts)
            {
                long before = GC.GetAllocatedBytesForCurrentThread();
                var clock = Stopwatch.StartNew();
                var model = new SemanticModel(ArticleParser.Parse(text), signals);
                parse += clock.Elapsed.TotalMilliseconds;
                parseAllocated += GC.GetAllocatedBytesForCurrentThread() - before;
                for (int i = 0; i < Stages.Length; i++)
                {
                    before = GC.GetAllocatedBytesForCurrentThread();
                    clock.Restart();
                    Stages[i].Force(model);
                    spent[i] += clock.Elapsed.TotalMilliseconds;
                    allocated[i] += GC.GetAllocatedBytesForCurrentThread() - before;
                }
            }

            if (round > 1)
            {
                parseTimes.Add(parse);
                parseBytes.Add(parseAllocated / 1e6);
                for (int i = 0; i < Stages.Length; i++)
                {
                    stageTimes[i].Add(spent[i]);
                    stageBytes[i].Add(allocated[i] / 1e6);
                }
            }
        }

        // Allocation is the GC's work and its memory clearing, which the stage's own time does not show.
        Console.WriteLine($"{"stage",-32} {"ms",8} {"MB alloc",9}");
        Console.WriteLine($"{"parse",-32} {Median(parseTimes),8:F1} {Median(parseBytes),9:F1}");
        for (int i = 0; i < Stages.Length; i++)
        {
            Console.WriteLine($"{Stages[i].Name,-32} {Median(stageTimes[i]),8:F1} {Median(stageBytes[i]),9:F1}");
        }

        var lines = texts.SelectMany(t => ArticleParser.Parse(t).Lines).Where(l => !l.IsBlank).ToArray();
        Console.WriteLine($"{"signal (every non-blank line)",-32} {"ms",8}");
        foreach (var (signal, ms) in signals.Select(s => (s, Median(TimeSignal(s, lines, rounds)))).OrderByDescending(r => r.Item2))
        {
            Console.WriteLine($"{signal.SignalId,-32} {ms,8:F1}");
        }
    }

    private static List<double> TimeSignal(IBoilerplateSignal signal, ArticleLine[] lines, int rounds)
    {
        var times = new List<double>();
        for (int round = 0; round < rounds + 2; round++)
        {
            var clock = Stopwatch.StartNew();
            foreach (var line in lines)
            {
                signal.IsBoilerplate(line);
            }

            if (round > 1)
            {
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        return times;
    }

    private static void ForEachLine(SemanticModel model, Action<ArticleLine> ask)
    {
        foreach (var line in model.Tree.Lines)
        {
            ask(line);
        }
    }

    private static double Median(List<double> times) => times.Order().ElementAt(times.Count / 2);
}
