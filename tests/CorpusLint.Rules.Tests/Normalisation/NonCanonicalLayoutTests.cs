using CorpusLint.Rules.Normalisation;

namespace CorpusLint.Rules.Tests.Normalisation;

public class NonCanonicalLayoutTests
{
    private readonly NonCanonicalLayout _rule = new();

    [Fact]
    public void CanonicalLayoutIsNotReported()
    {
        Assert.Empty(RuleTester.Analyze(_rule, "Title\n\nOne.\n\nTwo.\n"));
    }

    [Theory]
    [InlineData("Title\nOne.\n", "No blank line between two paragraphs", 2)]
    [InlineData("Title\n\n\n\nOne.\n", "More than one blank line in a row", 3)]
    [InlineData("\n\nTitle\n", "Blank lines before the title", 1)]
    [InlineData("Title\n\nOne.", "No newline at the end of the file", 3)]
    [InlineData("Title\n\nOne.\n\n\n", "Blank lines at the end of the file", 3)]
    [InlineData("Title\n\u00A0\nOne.\n", "Blank line holds spaces or invisible characters", 2)]
    [InlineData("Title\r\n\r\nOne.\r\n", "3 CR or CRLF line endings; the canonical form uses LF", 1)]
    public void ReportsEachLayoutProblemAtItsLine(string text, string message, int line)
    {
        var diagnostic = Assert.Single(RuleTester.Analyze(_rule, text), d => d.Message == message);
        Assert.Equal(line, diagnostic.Location.Line);
    }

    [Fact]
    public void FixProducesTheCanonicalLayout()
    {
        Assert.Equal("Title\n\nOne.\n\nTwo.\n", RuleTester.Fix(_rule, "\r\nTitle\r\nOne.\r\n\r\n\r\nTwo."));
    }
}
