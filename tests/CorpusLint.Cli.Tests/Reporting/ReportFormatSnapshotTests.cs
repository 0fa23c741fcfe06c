using CorpusLint.Cli.Reporting;
using CorpusLint.Testing;

namespace CorpusLint.Cli.Tests.Reporting;

/// <summary>
/// One snapshot per format of `check` over fixtures/formats with the test rules: a clean file, a file with a
/// fixable warning, an info in the middle of a long line and an error with an unsafe fix, and an unreadable file.
/// </summary>
public class ReportFormatSnapshotTests
{
    private static string FormatsFixture => RepositoryPaths.Fixture("formats");

    [Theory]
    [InlineData("text")]
    [InlineData("msbuild")]
    [InlineData("json")]
    [InlineData("sarif")]
    [InlineData("github")]
    public void EachFormatSnapshot(string format)
    {
        var result = TestRulesCheck.Run(FormatsFixture, "input", "--format", format);

        // The tool's version changes with every release; the snapshot is about the shape.
        var output = result.Out.Replace($"\"{ToolIdentity.Current.Version}\"", "\"<version>\"");
        Snapshot.Verify($"exit code: {result.ExitCode}\nstderr:\n{result.Error}stdout:\n{output}", name: $"{nameof(EachFormatSnapshot)}_{format}");
    }

    [Fact]
    public void TextOnATerminalIsColouredSnapshot()
    {
        var result = TestRulesCheck.Run(FormatsFixture, terminal: true, environment: null, "input/news");
        Snapshot.Verify(result.Out.Replace("\u001b", "\\e"));
    }
}
