using CorpusLint.Cli.Commands;
using CorpusLint.Cli.Files;
using CorpusLint.Cli.Hosting;
using CorpusLint.Cli.Linting;
using CorpusLint.Configuration;
using CorpusLint.Testing;

namespace CorpusLint.Cli.Tests.Reporting;

/// <summary>
/// fixtures/formats/input checked the way `check` checks a file, with <see cref="FormatTestAnalyzer"/> as the
/// only rule, paths shown relative to fixtures/formats: the reports every format snapshot writes.
/// </summary>
internal static class FormatFixture
{
    public static string Root => RepositoryPaths.Fixture("formats");

    public static Linter Linter { get; } = new([new FormatTestAnalyzer()], AnalysisSettings.Default);

    public static IReadOnlyList<FileReport> Check()
    {
        var console = new CliConsole(TextWriter.Null, TextWriter.Null, () => Stream.Null, Root);
        var discovered = new FileDiscovery(Root, FileDiscovery.DefaultIncludes, []).Discover(["input"], stdinFileName: null);
        return discovered.Files.Select(file => CheckCommand.CheckFile(file, Linter, console, InputReader.DefaultMaxFileSize)).ToList();
    }
}
