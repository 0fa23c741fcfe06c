using System.Text;
using System.Text.RegularExpressions;
using CorpusLint.Cli.Commands;
using CorpusLint.Cli.Configuration;
using CorpusLint.Configuration;
using CorpusLint.Diagnostics;

namespace CorpusLint.Cli.Tests.Commands;

public class InitCommandTests
{
    [Fact]
    public void WritesEveryRuleThatExistsAtItsDefaultWithACommentEach()
    {
        using var corpus = new TempCorpus();
        var result = CliRunner.Run(corpus.Root, "init");

        Assert.Equal(0, result.ExitCode);
        var text = File.ReadAllText(corpus.PathOf("corpuslint.json"));
        var config = ConfigFileReader.Read(Encoding.UTF8.GetBytes(text), corpus.PathOf("corpuslint.json"));
        var descriptors = CorpusLintApp.AllDescriptors();
        Assert.Equal(descriptors.Select(d => d.Id).Order(StringComparer.Ordinal), config.Rules.Select(r => r.Id));
        foreach (var descriptor in descriptors)
        {
            var rule = config.Rules.Single(r => r.Id == descriptor.Id);
            Assert.Equal(descriptor.IsEnabledByDefault ? descriptor.DefaultSeverity : Severity.None, rule.Severity);
            Assert.Equal(descriptor.Options.Select(o => (o.Name, o.DefaultValue)), rule.Options.Select(o => (o.Name, o.Value)));
            Assert.Matches(new Regex($@"// {Regex.Escape(descriptor.Title)} .*\n(    //.*\n)*    ""{descriptor.Id}"":"), text);
        }

        Assert.Contains($"Wrote corpuslint.json with {descriptors.Count} rules", result.Out);
    }

    [Fact]
    public void ARuleWithOptionsIsWrittenWithItsOptionsAndTheirDescriptions()
    {
        var rule = new DiagnosticDescriptor("CL3001", "Near-duplicate paragraph", "m", "Duplicates", Severity.Warning, FixSafety.Unsafe, "d")
        {
            Options = [new RuleOptionDescriptor("threshold", RuleOptionKind.Number, "0.9", "How similar two paragraphs must be."),
                       new RuleOptionDescriptor("mode", RuleOptionKind.String, "words", "What is compared.")],
        };

        var text = StarterConfig.Render([rule]);

        Assert.Contains("""
                // Near-duplicate paragraph (Duplicates; fix: unsafe)
                //   threshold: How similar two paragraphs must be.
                //   mode: What is compared.
                "CL3001": { "severity": "warning", "options": { "threshold": 0.9, "mode": "words" } },
            """, text);
        var read = ConfigFileReader.Read(Encoding.UTF8.GetBytes(text), "/c/corpuslint.json");
        Assert.Empty(ConfigValidator.Validate(read, new Dictionary<string, DiagnosticDescriptor> { [rule.Id] = rule }));
        Assert.Contains("- `threshold` (default `0.9`): How similar two paragraphs must be.", RuleDocumentation.Render(rule));
    }

    [Fact]
    public void TheStarterConfigurationChangesNothing()
    {
        using var corpus = TempCorpus.WithSeeds();
        var without = CliRunner.Run(corpus.Root, "check", "seeds");
        CliRunner.Run(corpus.Root, "init");
        var with = CliRunner.Run(corpus.Root, "check", "seeds");

        Assert.Equal(without, with);
    }

    [Fact]
    public void ItNeverOverwritesWithoutForce()
    {
        using var corpus = new TempCorpus();
        corpus.Write("corpuslint.json", "{ \"root\": true }");

        var refused = CliRunner.Run(corpus.Root, "init");
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("corpuslint.json already exists; use --force", refused.Error);
        Assert.Equal("{ \"root\": true }", File.ReadAllText(corpus.PathOf("corpuslint.json")));

        Assert.Equal(0, CliRunner.Run(corpus.Root, "init", "--force").ExitCode);
        Assert.Contains("\"CL2001\"", File.ReadAllText(corpus.PathOf("corpuslint.json")));
    }
}
