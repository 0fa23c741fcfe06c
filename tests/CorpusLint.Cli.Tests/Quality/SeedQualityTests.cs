using CorpusLint.Cli.Linting;
using CorpusLint.Configuration;
using CorpusLint.Fixes;
using CorpusLint.Rules;
using CorpusLint.Testing;
using CorpusLint.Text;

namespace CorpusLint.Cli.Tests.Quality;

public class SeedQualityTests
{
    public static TheoryData<string> Seeds() => [.. Directory.GetFiles(RepositoryPaths.Fixture("seeds", "input"), "*.txt").Select(p => Path.GetFileName(p)).Order()];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void FixProducesTheExpectedArticleByteForByte(string name)
    {
        var linter = new Linter(BuiltInRules.CreateAll(), AnalysisSettings.Default);
        var input = SourceText.From(File.ReadAllText(RepositoryPaths.Fixture("seeds", "input", name)));
        var fixedText = linter.Fix(input, name, FixOptions.Default).Fixed.Text;
        Assert.Equal(File.ReadAllText(RepositoryPaths.Fixture("seeds", "expected", name)), fixedText);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void CheckReportsNothingOnTheExpectedArticle(string name)
    {
        var expected = SourceText.From(File.ReadAllText(RepositoryPaths.Fixture("seeds", "expected", name)));
        Assert.Empty(new Linter(BuiltInRules.CreateAll(), AnalysisSettings.Default).Analyze(expected, name));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void FixIsIdempotent(string name)
    {
        var linter = new Linter(BuiltInRules.CreateAll(), AnalysisSettings.Default);
        var once = linter.Fix(SourceText.From(File.ReadAllText(RepositoryPaths.Fixture("seeds", "input", name))), name, FixOptions.Default).Fixed;
        Assert.Equal(once.Text, linter.Fix(once, name, FixOptions.Default).Fixed.Text);
    }
}
