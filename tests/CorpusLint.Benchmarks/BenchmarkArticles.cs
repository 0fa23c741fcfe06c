using CorpusLint.Testing;

namespace CorpusLint.Benchmarks;

/// <summary>
/// The articles the benchmarks run on: $CORPUSLINT_BENCH_ARTICLES, else the devset beside the checkout
/// (../shared/devset/input), else the seed fixtures, so the harness runs anywhere.
/// </summary>
public static class BenchmarkArticles
{
    public static string Folder =>
        Environment.GetEnvironmentVariable("CORPUSLINT_BENCH_ARTICLES") is { Length: > 0 } folder ? folder
        : Directory.Exists(Path.Combine(RepositoryPaths.Shared, "devset", "input")) ? Path.Combine(RepositoryPaths.Shared, "devset", "input")
        : RepositoryPaths.Fixture("seeds", "input");

    public static IReadOnlyList<(string Path, byte[] Bytes)> Load() =>
        Directory.GetFiles(Folder, "*.txt").Order(StringComparer.Ordinal).Select(p => (Path.GetFileName(p), File.ReadAllBytes(p))).ToList();
}
