using CorpusLint.Cli.Reporting;

namespace CorpusLint.Cli.Tests.Reporting;

public class AnsiStyleTests
{
    [Theory]
    [InlineData(true, null, null, true)]
    [InlineData(false, null, null, false)]
    [InlineData(true, "1", null, false)]
    [InlineData(true, "", null, true)]
    [InlineData(true, null, "dumb", false)]
    public void ColourOnlyOnATerminalWithoutNoColor(bool terminal, string? noColor, string? term, bool colour)
    {
        var environment = new Dictionary<string, string?> { ["NO_COLOR"] = noColor, ["TERM"] = term };
        Assert.Equal(colour, AnsiStyle.ShouldColour(terminal, name => environment.GetValueOrDefault(name)));
    }
}
