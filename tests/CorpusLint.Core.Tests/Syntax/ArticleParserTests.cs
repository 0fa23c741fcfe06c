using CorpusLint.Syntax;
using CorpusLint.Text;

namespace CorpusLint.Core.Tests.Syntax;

public class ArticleParserTests
{
    [Fact]
    public void EachLineKnowsItsTextTrimmedOfWhiteSpace()
    {
        string[] lines = ["  Share  ", "\u00A0\u2003Tweet\t", "", "plain", " ", "\u3000", "a b "];
        var tree = ArticleParser.Parse(SourceText.From(string.Join('\n', lines)));
        Assert.Equal(lines.Select(l => l.Trim()), tree.Lines.Select(l => l.TrimmedText.ToString()));
    }

    [Fact]
    public void BlocksAreRunsOfLinesBetweenBlankLines()
    {
        var tree = ArticleParser.Parse(SourceText.From("Title\n\nOne.\nTwo.\n\u00A0\nThree.\n"));
        Assert.Equal([(0, 0), (2, 3), (5, 5)], tree.Blocks.Select(b => (b.FirstLine, b.LastLine)));
        Assert.True(tree.Lines[4].IsBlank);
        Assert.Equal(-1, tree.Lines[4].BlockIndex);
        Assert.Equal(1, tree.Lines[3].BlockIndex);
    }

    [Theory]
    [InlineData("The minister said so on Tuesday.", 6, true)]
    [InlineData("“We will not back down,” he said", 7, false)]
    [InlineData("“We will not back down.”", 5, true)]
    [InlineData("Share post:", 2, false)]
    [InlineData("He was (reportedly) there (AP).", 5, true)]
    public void FeaturesDescribeTheLine(string line, int words, bool sentenceEnd)
    {
        var features = LineFeatures.Of(line);
        Assert.Equal(words, features.WordCount);
        Assert.Equal(sentenceEnd, features.EndsWithSentencePunctuation);
    }

    [Fact]
    public void FeaturesSpotUrlsEmailsAndEllipses()
    {
        Assert.True(LineFeatures.Of("news@example.org").ContainsEmail);
        Assert.False(LineFeatures.Of("Follow us @handle").ContainsEmail);
        Assert.True(LineFeatures.Of("https://example.org/a").ContainsUrl);
        Assert.True(LineFeatures.Of("Two policemen have been...").EndsWithEllipsis);
        Assert.Equal(1.0, LineFeatures.Of("More Like This").TitleCaseRatio);
    }

    /// <summary>A line holds a URL when it has a scheme's "://" or a "www." in any case, anywhere in it.</summary>
    [Theory]
    [InlineData("https://example.org/a", true)]
    [InlineData("Read it at ftp://files.example.org today", true)]
    [InlineData("Visit WWW.Example.org for more", true)]
    [InlineData("at wWw.example.org", true)]
    [InlineData("the story of a long www", false)]
    [InlineData("a colon: then // two slashes", false)]
    [InlineData("ratio 3:// odd", true)]
    [InlineData("www-dot example", false)]
    public void FeaturesSpotUrlsByTheirMarks(string line, bool containsUrl) =>
        Assert.Equal(containsUrl, LineFeatures.Of(line).ContainsUrl);
}
