namespace CorpusLint.Cli.Tests.Configuration;

/// <summary>A corpus adds its own phrase and pattern rules through "rulePacks".</summary>
public class UserRulePackTests
{
    private const string Pack = """
        // The footer of one site.
        {
          "rules": [
            {
              "id": "ACME0001",
              "title": "Acme footer",
              "category": "Footer",
              "severity": "error",
              "message": "Acme footer line '{0}'",
              "description": "The footer every Acme page ends with.",
              "patterns": ["^©\\s*acme\\s+media\\b"],
              "phrases": ["read more acme stories"]
            }
          ]
        }
        """;

    private const string Article = "Title\n\nA paragraph of the article that is long enough to be prose.\n\nRead more Acme stories\n\n© Acme Media 2024, all rights reserved\n";

    [Fact]
    public void APackAddsARuleThatChecksAndFixesAndCanBeConfigured()
    {
        using var corpus = new TempCorpus();
        corpus.Write("acme/packs/acme.json", Pack);
        corpus.Write("acme/corpuslint.json", """{ "rulePacks": ["packs/acme.json"] }""");
        corpus.Write("acme/a.txt", Article);
        corpus.Write("other/a.txt", Article);

        var check = CliRunner.Run(corpus.Root, "check", "--format", "msbuild", ".");
        Assert.Equal(1, check.ExitCode);
        Assert.Contains("acme/a.txt(5,1): error ACME0001: Acme footer line 'Read more Acme stories'", check.Out);
        Assert.Contains("acme/a.txt(7,1): error ACME0001: Acme footer line '© Acme Media 2024, all rights reserved'", check.Out);
        Assert.DoesNotContain("other/a.txt", check.Out);

        var quieter = CliRunner.Run(corpus.Root, "check", "--format", "msbuild", "acme", "--severity", "ACME0001=info", "--fail-on", "warning");
        Assert.Equal(0, quieter.ExitCode);
        Assert.Contains("info ACME0001", quieter.Out);

        Assert.Equal(0, CliRunner.Run(corpus.Root, "fix", "acme").ExitCode);
        Assert.Equal("Title\n\nA paragraph of the article that is long enough to be prose.\n", File.ReadAllText(corpus.PathOf("acme/a.txt")));
    }

    [Fact]
    public void TheConfigurationNamingThePackCanSetItsRulesSeverity()
    {
        using var corpus = new TempCorpus();
        corpus.Write("acme.json", Pack);
        corpus.Write("corpuslint.json", """{ "rulePacks": ["acme.json"], "rules": { "ACME0001": "warning" } }""");
        corpus.Write("a.txt", Article);

        Assert.Contains("a.txt(5,1): warning ACME0001", CliRunner.Run(corpus.Root, "check", "--format", "msbuild", "a.txt").Out);
    }

    [Theory]
    [InlineData("\"id\": \"ACME0001\"", "\"id\": \"CL0001\"", "rule pack acme.json: rules[0]: rule id 'CL0001' uses the prefix CL, which is reserved")]
    [InlineData("^©", "(^©", "rule pack acme.json: rules[0].patterns[0]: invalid pattern")]
    [InlineData("\"title\": \"Acme footer\",", "", "rule pack acme.json(")]
    public void ABadPackIsAConfigurationErrorAtTheLineNamingIt(string find, string replace, string expected)
    {
        using var corpus = new TempCorpus();
        corpus.Write("acme.json", Pack.Replace(find, replace, StringComparison.Ordinal));
        corpus.Write("corpuslint.json", "{\n  \"rulePacks\": [\"acme.json\"]\n}");
        corpus.Write("a.txt", Article);

        var result = CliRunner.Run(corpus.Root, "check", "--format", "msbuild", "a.txt");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error: corpuslint.json(2,17): " + expected, result.Error);
    }

    [Fact]
    public void TwoPacksDefiningOneIdIsAnError()
    {
        using var corpus = new TempCorpus();
        corpus.Write("one.json", Pack);
        corpus.Write("two.json", Pack);
        corpus.Write("corpuslint.json", """{ "rulePacks": ["one.json", "two.json"] }""");
        corpus.Write("a.txt", Article);

        var result = CliRunner.Run(corpus.Root, "check", "--format", "msbuild", "a.txt");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error: corpuslint.json(1,29): rule pack two.json defines ACME0001, which one.json defines too", result.Error);
    }
}
