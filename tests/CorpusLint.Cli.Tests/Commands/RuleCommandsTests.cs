namespace CorpusLint.Cli.Tests.Commands;

public class RuleCommandsTests
{
    [Fact]
    public void RulesListsEveryRuleWithItsSeverityCategoryAndFix()
    {
        var result = CliRunner.Run(Path.GetTempPath(), "rules");
        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"(?m)^CL2001\s+warning\s+ShareAndFollow\s+safe\s+Share button label$", result.Out);
        Assert.Matches(@"(?m)^CL8002\s+warning\s+Normalisation\s+safe\s+", result.Out);
    }

    [Fact]
    public void ExplainPrintsTheRuleDocumentation()
    {
        var result = CliRunner.Run(Path.GetTempPath(), "explain", "cl8001");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("## CL8001: Odd characters or spacing\n", result.Out);
        Assert.Contains("Example:", result.Out);
    }

    [Fact]
    public void ExplainOfAnUnknownRuleExitsTwo()
    {
        var result = CliRunner.Run(Path.GetTempPath(), "explain", "CL9999");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no rule with id 'CL9999'", result.Error);
    }

    [Fact]
    public void VersionPrintsTheToolVersion()
    {
        var result = CliRunner.Run(Path.GetTempPath(), "--version");
        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", result.Out);
    }

    [Fact]
    public void EveryVerbHasHelp()
    {
        foreach (var verb in new[] { "check", "fix", "rules", "explain", "init", "baseline" })
        {
            var result = CliRunner.Run(Path.GetTempPath(), verb, "--help");
            Assert.Equal(0, result.ExitCode);
            Assert.Contains("Usage:", result.Out);
        }
    }
}
