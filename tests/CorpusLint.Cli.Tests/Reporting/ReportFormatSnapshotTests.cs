using CorpusLint.Cli.Commands;
using CorpusLint.Cli.Reporting;
using CorpusLint.Testing;

namespace CorpusLint.Cli.Tests.Reporting;

/// <summary>
/// One snapshot per format of the reports on fixtures/formats with the test rules: a clean file, a file with a
/// fixable warning, an info in the middle of a long line and an error with an unsafe fix, and an unreadable file.
/// </summary>
public class ReportFormatSnapshotTests
{
    [Theory]
    [InlineData("text")]
    [InlineData("msbuild")]
    [InlineData("json")]
    [InlineData("sarif")]
    [InlineData("github")]
    public void EachFormatSnapshot(string format)
    {
        var reporter = ReportOptions.Create(ReportFormatNames.Parse(format), colour: false, FormatFixture.Linter.Descriptors);
        var output = ReporterRun.Write(reporter, FormatFixture.Check());

        // The tool's version changes with every release; the snapshot is about the shape.
        Snapshot.Verify(output.Replace($"\"{ToolIdentity.Current.Version}\"", "\"<version>\""), name: $"{nameof(EachFormatSnapshot)}_{format}");
    }

    [Fact]
    public void TextOnATerminalIsColouredSnapshot()
    {
        var output = ReporterRun.Write(new TextReporter(new AnsiStyle(true)), FormatFixture.Check());
        Snapshot.Verify(output.Replace("\u001b", "\\e"));
    }
}
