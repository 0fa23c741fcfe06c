namespace CorpusLint.Rules.Tests.UnrelatedHeadlines;

public class UnrelatedHeadlineTests
{
    [Fact]
    public void OtherStoriesUnderARelatedHeaderGo()
    {
        var text = "Storm hits valley\n\n" + CatalogueTester.Body + "\nRelated\n\nCelebrity chef opens restaurant downtown\n\nTwo policemen were filmed beating a man in...\n";
        Assert.Equal([9], CatalogueTester.FlaggedLines("CL5002", text));
        Assert.Equal([11, 13], CatalogueTester.FlaggedLines("CL5001", text));
    }

    [Fact]
    public void ASubheadingInsideTheBodyStays()
    {
        var text = "Storm hits valley\n\n" + CatalogueTester.Body + "\n'Modern Reality'\n\n" + CatalogueTester.MoreBody;
        Assert.DoesNotContain(CatalogueTester.Analyze(text), d => d.Location.Line == 9);
    }
}
