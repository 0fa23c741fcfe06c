using CorpusLint.Cli.Hosting;
using CorpusLint.Cli.Reporting;

namespace CorpusLint.Cli.Tests.Reporting;

public class ProgressBarTests
{
    [Fact]
    public void RendersDoneOfTotal()
    {
        Assert.Equal($"[{new string('.', 30)}] 0/40 files", ProgressBar.Render(0, 40));
        Assert.Equal($"[{new string('#', 15)}{new string('.', 15)}] 20/40 files", ProgressBar.Render(20, 40));
        Assert.Equal($"[{new string('#', 30)}] 40/40 files", ProgressBar.Render(40, 40));
    }

    [Theory]
    [InlineData(true, ProgressBar.HandfulOfFiles + 1, true)]
    [InlineData(true, ProgressBar.HandfulOfFiles, false)]
    [InlineData(false, 10_000, false)]
    public void ShowsOnlyOnATerminalForMoreThanAHandfulOfFiles(bool terminal, int files, bool visible)
    {
        var error = new StringWriter();
        var console = new CliConsole(new StringWriter(), error, () => new MemoryStream(), ".") { IsErrorTerminal = terminal };
        using (var bar = ProgressBar.Start(console, files))
        {
            Assert.Equal(visible, bar.IsVisible);
            for (int i = 0; i < files; i++)
            {
                bar.Advance();
            }
        }

        if (visible)
        {
            Assert.Contains($"{files}/{files} files", error.ToString());
            Assert.EndsWith("\r", error.ToString());
        }
        else
        {
            Assert.Equal(string.Empty, error.ToString());
        }
    }
}
