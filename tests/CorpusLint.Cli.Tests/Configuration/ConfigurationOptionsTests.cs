namespace CorpusLint.Cli.Tests.Configuration;

/// <summary>corpuslint.json end to end: discovery, precedence with the command line, include/exclude, every error path.</summary>
public class ConfigurationOptionsTests
{
    private const string Junk = "Title\n\nA paragraph of the article that is long enough to be prose.\n\nShare post:\n\nFollow us on Twitter @example\n";

    private static TempCorpus CorpusWithJunk(params string[] files)
    {
        var corpus = new TempCorpus();
        foreach (var file in files)
        {
            corpus.Write(file, Junk);
        }

        return corpus;
    }

    [Fact]
    public void TheNearestConfigurationDecidesAFilesSeverities()
    {
        using var corpus = CorpusWithJunk("a.txt", "site/b.txt");
        corpus.Write("corpuslint.json", """{ "rules": { "CL2001": "error" } }""");
        corpus.Write("site/corpuslint.json", """{ "rules": { "CL2001": "none", "CL2002": "info" } }""");

        var result = CliRunner.Run(corpus.Root, "check", "--format", "msbuild", ".");

        Assert.Contains("a.txt(5,1): error CL2001:", result.Out);
        Assert.Contains("a.txt(7,1): warning CL2002:", result.Out);
        Assert.DoesNotContain("site/b.txt(5,1)", result.Out);
        Assert.Contains("site/b.txt(7,1): info CL2002:", result.Out);
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void StandardInputIsConfiguredAsTheFileItIsNamedFor()
    {
        using var corpus = new TempCorpus();
        corpus.Write("site/corpuslint.json", """{ "rules": { "CL2001": "error" } }""");

        var named = CliRunner.RunWithInput(corpus.Root, Junk, "check", "--format", "msbuild", "-", "--stdin-filename", "site/a.txt");
        var unnamed = CliRunner.RunWithInput(corpus.Root, Junk, "check", "--format", "msbuild", "-");

        Assert.Contains("site/a.txt(5,1): error CL2001", named.Out);
        Assert.Contains("<stdin>(5,1): warning CL2001", unnamed.Out);
    }

    [Fact]
    public void OverridesChangeOneFolder()
    {
        using var corpus = CorpusWithJunk("sites/quiet/a.txt", "sites/loud/a.txt");
        corpus.Write("corpuslint.json", """{ "overrides": [ { "files": ["sites/quiet/**"], "rules": { "CL2001": "none", "CL2002": "none" } } ] }""");

        var result = CliRunner.Run(corpus.Root, "check", "--format", "msbuild", "sites");

        Assert.DoesNotContain("sites/quiet/", result.Out);
        Assert.Contains("sites/loud/a.txt(5,1): warning CL2001", result.Out);
    }

    [Fact]
    public void CommandLineFlagsWinOverTheFile()
    {
        using var corpus = CorpusWithJunk("a.txt");
        corpus.Write("corpuslint.json", """{ "rules": { "CL2001": "none", "CL2002": "error" } }""");

        var severity = CliRunner.Run(corpus.Root, "check", "--format", "msbuild", "a.txt", "--severity", "CL2002=info", "--severity", "CL2001=error");
        Assert.Contains("a.txt(5,1): error CL2001", severity.Out);
        Assert.Contains("a.txt(7,1): info CL2002", severity.Out);

        var select = CliRunner.Run(corpus.Root, "check", "--format", "msbuild", "a.txt", "--select", "CL2001");
        Assert.Contains("a.txt(5,1): warning CL2001", select.Out);
        Assert.DoesNotContain("CL2002", select.Out);

        var ignore = CliRunner.Run(corpus.Root, "check", "--format", "msbuild", "a.txt", "--ignore", "CL20");
        Assert.Equal(0, ignore.ExitCode);
        Assert.StartsWith("1 file checked: 0 diagnostics", ignore.Out);
    }

    [Fact]
    public void ANamedConfigurationReplacesDiscovery()
    {
        using var corpus = CorpusWithJunk("a.txt");
        corpus.Write("corpuslint.json", """{ "rules": { "CL2001": "none" } }""");
        corpus.Write("ci/strict.json", """{ "rules": { "CL2001": "error" } }""");

        var result = CliRunner.Run(corpus.Root, "check", "--format", "msbuild", "a.txt", "--config", "ci/strict.json");

        Assert.Contains("a.txt(5,1): error CL2001", result.Out);
    }

    [Fact]
    public void IncludeAndExcludeChooseTheFilesAFolderWalkChecks()
    {
        using var corpus = CorpusWithJunk("articles/a.md", "articles/b.txt", "articles/drafts/c.md", "notes/d.md");
        corpus.Write("corpuslint.json", """{ "include": ["articles/**/*.md"], "exclude": ["**/drafts/**"] }""");

        var result = CliRunner.Run(corpus.Root, "check", "--format", "msbuild", ".");

        Assert.Contains("articles/a.md(5,1)", result.Out);
        Assert.DoesNotContain("b.txt", result.Out);
        Assert.DoesNotContain("drafts", result.Out);
        Assert.DoesNotContain("notes", result.Out);
        Assert.Contains("1 file checked", result.Out);
    }

    [Fact]
    public void UnsafeFixesFromTheFileApplyToTheMatchingPaths()
    {
        using var corpus = new TempCorpus();
        corpus.Write("packs/promo.json", """
            { "rules": [ { "id": "ACME0001", "title": "Promo", "category": "Ads", "message": "Promo '{0}'",
                           "description": "Promotions.", "fix": "unsafe", "phrases": ["buy the paper"] } ] }
            """);
        corpus.Write("corpuslint.json", """{ "rulePacks": ["packs/promo.json"], "overrides": [ { "files": ["trusted/**"], "unsafeFixes": true } ] }""");
        const string article = "Title\n\nA paragraph of the article that is long enough to be prose.\n\nBuy the paper\n";
        corpus.Write("trusted/a.txt", article);
        corpus.Write("other/a.txt", article);

        var result = CliRunner.Run(corpus.Root, "fix", ".");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("Buy the paper", File.ReadAllText(corpus.PathOf("trusted/a.txt")));
        Assert.Contains("Buy the paper", File.ReadAllText(corpus.PathOf("other/a.txt")));

        CliRunner.Run(corpus.Root, "fix", ".", "--unsafe-fixes");
        Assert.DoesNotContain("Buy the paper", File.ReadAllText(corpus.PathOf("other/a.txt")));
    }

    [Theory]
    [InlineData("""{ "rules": { "CL2001": "loud" } }""", "corpuslint.json(1,24): severity 'loud' is not one of error, warning, info, none")]
    [InlineData("""{ "rules": { "CL2O01": "none" } }""", "corpuslint.json(1,14): unknown rule id 'CL2O01' (did you mean CL2001?); `corpuslint rules` lists them")]
    [InlineData("""{ "excludes": [] }""", "corpuslint.json(1,3): unknown key 'excludes' in the configuration; expected one of")]
    [InlineData("{ \"root\": true,\n  \"rules\": { ]\n}", "corpuslint.json(2,14): invalid JSON:")]
    [InlineData("""{ "rulePacks": ["missing.json"] }""", "corpuslint.json(1,17): rule pack ")]
    public void ABadConfigurationIsAnErrorWithItsPositionAndNoFileChanges(string config, string expected)
    {
        using var corpus = CorpusWithJunk("site/a.txt");
        corpus.Write("corpuslint.json", config);
        var before = corpus.Snapshot();

        var check = CliRunner.Run(corpus.Root, "check", "--format", "msbuild", "site");
        var fix = CliRunner.Run(corpus.Root, "fix", "site");

        Assert.Equal(2, check.ExitCode);
        Assert.Contains("error: " + expected, check.Error);
        Assert.Equal("", check.Out);
        Assert.Equal(2, fix.ExitCode);
        Assert.Equal(before, corpus.Snapshot());
    }

    [Fact]
    public void EveryProblemOfAFileIsReportedInOneRunUnknownRuleIdsToo()
    {
        using var corpus = CorpusWithJunk("a.txt");
        corpus.Write("corpuslint.json", "{\n  \"excludes\": [],\n  \"rules\": { \"CL201\": \"error\", \"CL2002\": \"loud\" }\n}");

        var result = CliRunner.Run(corpus.Root, "check", "--format", "msbuild", ".");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            [
                "error: corpuslint.json(2,3): unknown key 'excludes' in the configuration; expected one of $schema, root, include, exclude, unsafeFixes, rules, overrides, rulePacks",
                "error: corpuslint.json(3,42): severity 'loud' is not one of error, warning, info, none",
                "error: corpuslint.json(3,14): unknown rule id 'CL201' (did you mean CL2001?); `corpuslint rules` lists them",
            ],
            result.Error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void ABadConfigurationIsReportedEvenWhenNoFileIsFound()
    {
        using var corpus = new TempCorpus();
        corpus.Write("corpuslint.json", "{ \"rules\": 1 }");
        var result = CliRunner.Run(corpus.Root, "check", "--format", "msbuild", ".");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error: corpuslint.json(1,12): \"rules\" (rule id to severity): expected an object, found a number", result.Error);

        corpus.Write("corpuslint.json", "{ \"rules\": { \"CL9999\": \"none\" } }");
        var unknown = CliRunner.Run(corpus.Root, "check", "--format", "msbuild", ".");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("error: corpuslint.json(1,14): unknown rule id 'CL9999'", unknown.Error);
    }

    [Theory]
    [InlineData(new[] { "--config", "nothere.json" }, "error: nothere.json: the configuration file does not exist")]
    [InlineData(new[] { "--select", "CL9" }, "error: --select CL9: no rule id is or starts with 'CL9'")]
    [InlineData(new[] { "--ignore", "XX" }, "error: --ignore XX: no rule id is or starts with 'XX'")]
    [InlineData(new[] { "--severity", "CL2001" }, "error: --severity CL2001: expected ID=LEVEL")]
    [InlineData(new[] { "--severity", "CL2001=loud" }, "error: --severity CL2001=loud: expected ID=LEVEL")]
    [InlineData(new[] { "--severity", "CL9999=error" }, "error: --severity CL9999=error: unknown rule id 'CL9999'")]
    public void BadCommandLineRuleChoicesAreErrors(string[] flags, string expected)
    {
        using var corpus = CorpusWithJunk("a.txt");
        var result = CliRunner.Run(corpus.Root, ["check", "--format", "msbuild", "a.txt", .. flags]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Error);
    }
}
