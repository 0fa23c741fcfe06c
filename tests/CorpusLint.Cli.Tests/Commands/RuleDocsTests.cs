using CorpusLint.Testing;

namespace CorpusLint.Cli.Tests.Commands;

public class RuleDocsTests
{
    [Fact]
    public void DocsRulesMdIsCurrent()
    {
        var result = CliRunner.Run(Path.GetTempPath(), "rules", "--format", "markdown");
        Assert.Equal(0, result.ExitCode);
        var checkedIn = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "rules.md")).ReplaceLineEndings("\n");
        Assert.True(checkedIn == result.Out, "docs/rules.md is stale: run `dotnet run --project src/CorpusLint.Cli -- rules --format markdown > docs/rules.md`");
    }

    [Fact]
    public void EveryRuleHasAnExampleForExplain()
    {
        var missing = CorpusLintApp.AllDescriptors().Where(d => d.Id != "CL0001" && d.Example.Length == 0).Select(d => d.Id).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void ExplainShowsTheDefaultConfidenceOfAJudgementFix()
    {
        var result = CliRunner.Run(Path.GetTempPath(), "explain", "CL7001");
        Assert.Contains("applies it when the finding's confidence is at least 0.6", result.Out);
    }
}
