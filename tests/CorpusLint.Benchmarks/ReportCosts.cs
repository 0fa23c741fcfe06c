using System.Diagnostics;
using CorpusLint.Cli.Caching;
using CorpusLint.Cli.Files;
using CorpusLint.Cli.Linting;
using CorpusLint.Cli.Reporting;
using CorpusLint.Configuration;
using CorpusLint.Rules;

namespace CorpusLint.Benchmarks;

/// <summary>
/// What a warm `check` pays per diagnostic to write its report: the article set is checked once, its reports
/// made as a cache hit makes them (flagged lines read from the bytes), then each line format formats them all,
/// round after round, on one thread. The process's CPU time of the least disturbed round, and per diagnostic.
/// </summary>
public static class ReportCosts
{
    public static void Run(int rounds)
    {
        var files = BenchmarkArticles.Load();
        var linter = new CachedLinter(new Linter(BuiltInRules.CreateAll(), AnalysisSettings.Default), cache: null);
        var checkedFiles = files
            .Select(f => (File: new InputFile(f.Path, "corpus/" + f.Path, f.Path), f.Bytes))
            .Select(f => (f.Bytes, Report: FileReport.Of(f.File, f.Bytes, linter.Check(f.File, f.Bytes, keepFlaggedLines: false).Diagnostics)))
            .ToList();
        var reports = checkedFiles.Select(f => f.Report).ToList();
        int diagnostics = reports.Sum(r => r.Diagnostics.Count);
        Console.WriteLine($"{files.Count} articles, {diagnostics} diagnostics from {BenchmarkArticles.Folder}; least of {rounds} rounds");

        // Twice, and only the second time shown: the first warms the JIT's tiers up (the process clock counts its thread too).
        var formats = new (string, IFileFormatter)[] { ("text", new TextReporter(AnsiStyle.Plain)), ("msbuild", new MsBuildReporter(summary: true)), ("github", new GitHubReporter()) };
        foreach (var (format, formatter) in formats.Concat(formats).Select((f, i) => (Name: i < formats.Length ? null : f.Item1, f.Item2)))
        {
            var output = new Utf8Builder("\n", 1 << 20);
            var flagged = Least(rounds, () =>
            {
                foreach (var (bytes, report) in checkedFiles)
                {
                    FileReport.Of(report.File, bytes, report.Diagnostics);
                }
            });
            var formatting = Least(rounds, () =>
            {
                foreach (var report in reports)
                {
                    output.Clear();
                    formatter.Format(report, output);
                }
            });
            if (format is null)
            {
                continue;
            }

            Console.WriteLine($"{format,-8} format {formatting,7:F1} ms ({formatting * 1e6 / diagnostics,5:F0} ns a diagnostic); reading flagged lines {flagged,6:F1} ms");
        }
    }

    private static double Least(int rounds, Action round)
    {
        var times = new List<double>();
        for (int i = 0; i < rounds + 2; i++)
        {
            var process = Process.GetCurrentProcess();
            var before = process.TotalProcessorTime;
            for (int pass = 0; pass < 20; pass++)
            {
                round();
            }

            process.Refresh();
            times.Add((process.TotalProcessorTime - before).TotalMilliseconds / 20);
        }

        // The least disturbed round: other work on a shared machine and the process's other threads only add.
        return times.Skip(2).Min();
    }
}
