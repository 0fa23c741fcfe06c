using System.Diagnostics;
using CorpusLint.Analysis;
using CorpusLint.Configuration;
using CorpusLint.Rules;
using CorpusLint.Text;

namespace CorpusLint.Benchmarks;

/// <summary>
/// Which rules are hot: each built-in analyzer alone over the article set, minus the cost of the driver with
/// no analyzer (parsing). A semantic-model fact is computed by the first rule that asks for it, so its cost
/// shows on that rule. Medians of the process's CPU time, not BenchmarkDotNet: one number per rule in seconds,
/// not minutes, and other work on a shared machine does not inflate it the way it inflates wall time.
/// </summary>
public static class RuleCosts
{

    public static void Run(int rounds, int passes)
    {
        var files = BenchmarkArticles.Load();
        var texts = files.Select(f => SourceText.Decode(f.Bytes)).ToArray();
        double megabytes = files.Sum(f => f.Bytes.Length) / 1e6;
        Console.WriteLine($"{files.Count} articles, {megabytes:F1} MB from {BenchmarkArticles.Folder}; median of {rounds} rounds of {passes} passes");

        var (baseline, baselineAllocated) = Median(new AnalyzerDriver([], AnalysisSettings.Default), texts, rounds, passes);
        var rows = BuiltInRules.CreateAll()
            .Select(a => (Ids: string.Join(",", a.SupportedDiagnostics.Select(d => d.Id)), Name: a.GetType().Name, Cost: Median(new AnalyzerDriver([a], AnalysisSettings.Default), texts, rounds, passes)))
            .Select(r => (r.Ids, r.Name, Ms: r.Cost.Ms - baseline, Allocated: r.Cost.Allocated - baselineAllocated))
            .OrderByDescending(r => r.Ms)
            .ToList();
        var (all, allAllocated) = Median(new AnalyzerDriver(BuiltInRules.CreateAll(), AnalysisSettings.Default), texts, rounds, passes);

        // Allocation beside CPU: the GC's collections and the clearing of fresh memory are paid by the whole run.
        Console.WriteLine($"{"rule",-16} {"analyzer",-32} {"cpu ms",9} {"MB/s",9} {"MB alloc",9}");
        Console.WriteLine($"{"(parse only)",-16} {"AnalyzerDriver([])",-32} {baseline,9:F1} {megabytes / (baseline / 1000),9:F0} {baselineAllocated,9:F1}");
        foreach (var (ids, name, ms, allocated) in rows)
        {
            Console.WriteLine($"{ids,-16} {name,-32} {ms,9:F1} {(ms > 0 ? megabytes / (ms / 1000) : double.PositiveInfinity),9:F0} {allocated,9:F1}");
        }

        Console.WriteLine($"{"(all rules)",-16} {"AnalyzerDriver(all)",-32} {all,9:F1} {megabytes / (all / 1000),9:F0} {allAllocated,9:F1}");
    }

    // CPU milliseconds and megabytes allocated per pass, medians of the rounds.
    private static (double Ms, double Allocated) Median(AnalyzerDriver driver, SourceText[] texts, int rounds, int passes)
    {
        var times = new List<double>();
        var allocations = new List<double>();
        for (int round = 0; round < rounds + 2; round++)
        {
            var process = Process.GetCurrentProcess();
            var before = process.TotalProcessorTime;
            long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            // Several passes per round: the process clock ticks in milliseconds.
            for (int pass = 0; pass < passes; pass++)
            {
                foreach (var text in texts)
                {
                    driver.Analyze(text, "article.txt");
                }
            }

            process.Refresh();
            var spent = process.TotalProcessorTime - before;
            long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;

            // The first rounds warm the JIT (tiered compilation) and are not counted.
            if (round > 1)
            {
                times.Add(spent.TotalMilliseconds / passes);
                allocations.Add(allocated / 1e6 / passes);
            }
        }

        times.Sort();
        allocations.Sort();
        return (times[times.Count / 2], allocations[allocations.Count / 2]);
    }
}
