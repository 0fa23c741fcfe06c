using CorpusLint.Analysis;
using CorpusLint.Configuration;
using CorpusLint.Fixes;
using CorpusLint.Testing;
using CorpusLint.Text;

namespace CorpusLint.Rules.Tests;

/// <summary>
/// The articles of fixtures/lists with the whole catalogue: a bulleted list of sentences, its bullets on lines of
/// their own, stays in the article (between paragraphs or closing it); a bulleted menu after the article goes.
/// </summary>
public class BulletedListFixtureTests
{
    private static readonly AnalyzerDriver Driver = new(BuiltInRules.CreateAll(), AnalysisSettings.Default);

    public static TheoryData<string> Articles() =>
        [.. Directory.GetFiles(RepositoryPaths.Fixture("lists", "input"), "*.txt").Select(p => Path.GetFileName(p)).Order()];

    [Theory]
    [MemberData(nameof(Articles))]
    public void FixProducesTheExpectedArticle(string name)
    {
        var result = Fix(Read("input", name));
        Assert.Null(result.Refusal);
        Assert.Equal(Read("expected", name).Text, result.Fixed.Text);
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void CheckReportsNothingOnTheExpectedArticle(string name)
    {
        Assert.Empty(Driver.Analyze(Read("expected", name), name));
    }

    [Theory]
    [InlineData("steps-in-the-article.txt", 5)]
    [InlineData("bullets-beside-their-items.txt", 5)]
    [InlineData("list-closes-the-article.txt", 5)]
    [InlineData("menu-after-the-article.txt", 0)]
    public void TheItemsOfASentenceListStayAndAMenusGo(string name, int itemsKept)
    {
        // An item is the first non-blank line after a bullet line; count the items the fixed text still holds.
        var input = Read("input", name).Text.Split('\n');
        var items = input.Select((line, i) => line == "•" ? input.Skip(i + 1).First(l => l.Length > 0) : null).OfType<string>().ToList();
        var kept = Fix(Read("input", name)).Fixed.Text.Split('\n').ToHashSet();
        Assert.Equal(5, items.Count);
        Assert.Equal(itemsKept, items.Count(kept.Contains));
        Assert.DoesNotContain("•", kept);
    }

    private static FixResult Fix(SourceText text) => FixEngine.Fix(text, t => Driver.Analyze(t, "doc.txt"), FixOptions.Default, "doc.txt");

    private static SourceText Read(string folder, string name) => SourceText.Decode(File.ReadAllBytes(RepositoryPaths.Fixture("lists", folder, name)));
}
