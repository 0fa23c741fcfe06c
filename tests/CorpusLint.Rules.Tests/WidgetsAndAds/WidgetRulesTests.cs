namespace CorpusLint.Rules.Tests.WidgetsAndAds;

public class WidgetRulesTests
{
    [Theory]
    [InlineData("CL3001", "ADS")]
    [InlineData("CL3001", "Advertisement")]
    [InlineData("CL3002", "Post a Comment")]
    [InlineData("CL3002", "0 Comments")]
    [InlineData("CL3003", "0 Persons")]
    [InlineData("CL3004", "XS SM MD LG")]
    [InlineData("CL3005", "We use cookies to improve your experience on our site.")]
    [InlineData("CL3006", "Read more »")]
    public void WidgetLinesAreFlagged(string id, string line)
    {
        Assert.Equal([1], CatalogueTester.FlaggedLines(id, line + "\n\n" + CatalogueTester.Body));
    }

    [Theory]
    [InlineData("The ads ran for three weeks before the election, the campaign said.")]
    [InlineData("Readers posted 300 comments under the mayor's statement by the evening.")]
    [InlineData("Bakers say the cookies sold out within an hour of the shop opening.")]
    [InlineData("“Read more books,” the teacher told her class.")]
    public void SentencesAboutTheSameThingsAreNot(string line)
    {
        var diagnostics = CatalogueTester.Analyze("Storm hits valley\n\n" + line + "\n\n" + CatalogueTester.Body);
        Assert.DoesNotContain(diagnostics, d => d.Id.StartsWith("CL300", StringComparison.Ordinal));
    }

    [Fact]
    public void CommentThreadAfterTheArticleIsCut()
    {
        var text = "Storm hits valley\n\n" + CatalogueTester.Body + "\n3 Comments\n\nAnna says:\n\nGreat piece, thanks for writing it.\n";
        var fixedText = CatalogueTester.Fix(text);
        Assert.DoesNotContain("Anna", fixedText);
        Assert.Contains("rivers should fall again", fixedText);
    }

    [Fact]
    public void ACommentSectionHeadingInsideTheArticleDoesNotCutIt()
    {
        // A bare "Comment" is a heading articles use (an opinion column's label); only `N Comments`-style headers cut.
        var text = "Storm hits valley\n\nShare this\n\n" + CatalogueTester.Body + "\nComment\n\n" + CatalogueTester.MoreBody;
        Assert.Contains("The council said it would decide", CatalogueTester.Fix(text));
        Assert.Empty(CatalogueTester.FlaggedLines("CL3007", text));
    }
}
