namespace CorpusLint.Rules.Tests.SiteBoilerplate;

public class SiteBoilerplateRulesTests
{
    [Theory]
    [InlineData("CL7002", "syria.suv@gmail.com")]
    [InlineData("CL7002", "www.example.com")]
    [InlineData("CL7003", "© 2019 Example Media. All rights reserved.")]
    public void BoilerplateLinesAreFlagged(string id, string line)
    {
        Assert.Equal([9], CatalogueTester.FlaggedLines(id, "Storm hits valley\n\n" + CatalogueTester.Body + "\n" + line + "\n"));
    }

    [Fact]
    public void TaglineAfterTheArticleEndsGoes()
    {
        var text = "Storm hits valley\n\n" + CatalogueTester.Body + "\nShare post:\n\nExample Magazine publisher News about the valley and the world.\n";
        Assert.Equal([11], CatalogueTester.FlaggedLines("CL7001", text));
    }

    [Fact]
    public void AnAddressInsideASentenceIsProse()
    {
        var text = "Storm hits valley\n\n" + CatalogueTester.Body + "\nResidents can write to help@example.org for advice on flood damage.\n\n" + CatalogueTester.MoreBody;
        Assert.Empty(CatalogueTester.FlaggedLines("CL7002", text));
    }
}
