using CorpusLint.Configuration;
using CorpusLint.Diagnostics;

namespace CorpusLint.Core.Tests.Configuration;

public class ConfiguredSettingsTests
{
    private static readonly DiagnosticDescriptor Share = new("CL2001", "Share", "Share", "Test", Severity.Warning, FixSafety.Safe, "d");
    private static readonly DiagnosticDescriptor Follow = new("CL2002", "Follow", "Follow", "Test", Severity.Warning, FixSafety.Safe, "d");
    private static readonly DiagnosticDescriptor Quiet = new("CL5001", "Quiet", "Quiet", "Test", Severity.Info, FixSafety.None, "d", IsEnabledByDefault: false);
    private static readonly DiagnosticDescriptor Acme = new("ACME0001", "Acme", "Acme", "Test", Severity.Warning, FixSafety.Safe, "d");

    private static ConfiguredSettings Settings(ConfigTree tree, CommandLineRules? commandLine = null, Dictionary<string, string>? packs = null) =>
        new(ConfigDiscovery.WalkingUp(), commandLine ?? CommandLineRules.None, tree.Root, packs ?? []);

    [Fact]
    public void WithoutConfigurationEveryRuleHasItsDefault()
    {
        using var tree = new ConfigTree();
        var settings = Settings(tree);
        Assert.Equal(Severity.Warning, settings.SeverityOf(Share, "a.txt"));
        Assert.Equal(Severity.None, settings.SeverityOf(Quiet, "a.txt"));
        Assert.False(settings.For("a.txt").UnsafeFixes);
    }

    [Fact]
    public void TheNearestFileWinsAndRulesItDoesNotMentionComeFromFarther()
    {
        using var tree = new ConfigTree();
        tree.Write("corpuslint.json", """{ "rules": { "CL2001": "error", "CL2002": "info" }, "unsafeFixes": true }""");
        tree.Write("site/corpuslint.json", """{ "rules": { "CL2001": "none" } }""");
        var settings = Settings(tree);

        Assert.Equal(Severity.None, settings.SeverityOf(Share, "site/a.txt"));
        Assert.Equal(Severity.Info, settings.SeverityOf(Follow, "site/a.txt"));
        Assert.True(settings.For("site/a.txt").UnsafeFixes);
        Assert.Equal(Severity.Error, settings.SeverityOf(Share, "other/a.txt"));
    }

    [Fact]
    public void OverridesApplyToMatchingPathsRelativeToTheirFile()
    {
        using var tree = new ConfigTree();
        tree.Write("corpus/corpuslint.json", """
            {
              "rules": { "CL2001": "warning" },
              "overrides": [
                { "files": ["sites/example/**"], "rules": { "CL2001": "error" }, "unsafeFixes": true },
                { "files": ["**/draft-*.txt"], "rules": { "CL2001": "none" } }
              ]
            }
            """);
        var settings = Settings(tree);

        Assert.Equal(Severity.Error, settings.SeverityOf(Share, "corpus/sites/example/2024/a.txt"));
        Assert.True(settings.For("corpus/sites/example/2024/a.txt").UnsafeFixes);
        Assert.Equal(Severity.Warning, settings.SeverityOf(Share, "corpus/sites/other/a.txt"));
        Assert.False(settings.For("corpus/sites/other/a.txt").UnsafeFixes);
        Assert.Equal(Severity.None, settings.SeverityOf(Share, "corpus/sites/example/draft-1.txt"));
        Assert.Equal(Severity.Warning, settings.SeverityOf(Share, Path.Combine(tree.Root, "corpus/sites/example.txt")));
    }

    [Fact]
    public void ANearerFileWinsOverAFartherFilesOverride()
    {
        using var tree = new ConfigTree();
        tree.Write("corpuslint.json", """{ "overrides": [ { "files": ["site/**"], "rules": { "CL2001": "error" } } ] }""");
        tree.Write("site/corpuslint.json", """{ "rules": { "CL2001": "info" } }""");
        Assert.Equal(Severity.Info, Settings(tree).SeverityOf(Share, "site/a.txt"));
    }

    [Fact]
    public void RuleOptionsMergePerOptionAndPerPath()
    {
        using var tree = new ConfigTree();
        tree.Write("corpuslint.json", """
            {
              "rules": { "CL3001": { "options": { "threshold": 0.9, "minWords": 8 } } },
              "overrides": [ { "files": ["loose/**"], "rules": { "CL3001": { "options": { "threshold": 0.7 } } } } ]
            }
            """);
        var settings = Settings(tree);

        Assert.Equal(0.9, settings.For("a.txt").Options.GetDouble("CL3001", "threshold", 1));
        Assert.Equal(0.7, settings.For("loose/a.txt").Options.GetDouble("CL3001", "threshold", 1));
        Assert.Equal(8, settings.For("loose/a.txt").Options.GetInt32("CL3001", "minWords", 1));
        Assert.Equal(0.7, settings.ToAnalysisSettings().OptionsOf("loose/b.txt").GetDouble("CL3001", "threshold", 1));
    }

    [Fact]
    public void IncludeAndExcludeComeFromTheNearestFileThatSetsThem()
    {
        using var tree = new ConfigTree();
        tree.Write("corpuslint.json", """{ "include": ["**/*.txt", "**/*.md"], "exclude": ["drafts/**"] }""");
        tree.Write("site/corpuslint.json", """{ "exclude": ["old/**"] }""");
        var settings = Settings(tree);

        bool Included(string path) => settings.For(path).IsIncluded(tree.PathOf(path));
        Assert.True(Included("a.md"));
        Assert.False(Included("a.html"));
        Assert.False(Included("drafts/a.txt"));
        Assert.True(Included("site/drafts/a.txt"));
        Assert.False(Included("site/old/a.txt"));
    }

    [Fact]
    public void TheCommandLineWinsOverEveryFile()
    {
        using var tree = new ConfigTree();
        tree.Write("corpuslint.json", """{ "rules": { "CL2001": "none", "CL2002": "error" }, "overrides": [ { "files": ["**"], "rules": { "CL2002": "info" } } ] }""");

        var select = Settings(tree, new CommandLineRules { Select = ["CL20", "CL5001"] });
        Assert.Equal(Severity.Warning, select.SeverityOf(Share, "a.txt"));
        Assert.Equal(Severity.Info, select.SeverityOf(Follow, "a.txt"));
        Assert.Equal(Severity.Info, select.SeverityOf(Quiet, "a.txt"));

        var ignore = Settings(tree, new CommandLineRules { Ignore = ["CL2002"], Severities = new Dictionary<string, Severity> { ["CL2001"] = Severity.Error } });
        Assert.Equal(Severity.None, ignore.SeverityOf(Follow, "a.txt"));
        Assert.Equal(Severity.Error, ignore.SeverityOf(Share, "a.txt"));

        var notSelected = Settings(tree, new CommandLineRules { Select = ["CL8"] });
        Assert.Equal(Severity.None, notSelected.SeverityOf(Follow, "a.txt"));
    }

    [Fact]
    public void AUserPackRuleRunsOnlyWhereAConfigurationNamesItsPack()
    {
        using var tree = new ConfigTree();
        tree.Write("acme/corpuslint.json", """{ "rulePacks": ["../packs/acme.json"] }""");
        var packs = new Dictionary<string, string> { ["ACME0001"] = tree.PathOf("packs/acme.json") };
        var settings = Settings(tree, packs: packs);

        Assert.Equal(Severity.Warning, settings.SeverityOf(Acme, "acme/a.txt"));
        Assert.Equal(Severity.None, settings.SeverityOf(Acme, "other/a.txt"));
    }

    [Fact]
    public void ManyThreadsGetTheRightAnswerForTheirOwnPaths()
    {
        using var tree = new ConfigTree();
        tree.Write("corpuslint.json", """{ "overrides": [ { "files": ["loud/**"], "rules": { "CL2001": "error" } } ] }""");
        tree.Write("quiet/corpuslint.json", """{ "rules": { "CL2001": "none" } }""");
        var settings = Settings(tree);
        string[] folders = ["loud", "quiet", "plain"];
        Severity[] expected = [Severity.Error, Severity.None, Severity.Warning];

        var answers = new Severity[3000];
        Parallel.For(0, answers.Length, i => answers[i] = settings.SeverityOf(Share, $"{folders[i % 3]}/{i}.txt"));

        Assert.All(Enumerable.Range(0, answers.Length), i => Assert.Equal(expected[i % 3], answers[i]));
    }

    [Fact]
    public void FilesAlikeShareOneMergedSettingsObject()
    {
        using var tree = new ConfigTree();
        tree.Write("corpuslint.json", """{ "overrides": [ { "files": ["a*.txt"], "rules": { "CL2001": "error" } } ] }""");
        var settings = Settings(tree);

        Assert.Same(settings.For("a1.txt"), settings.For("a2.txt"));
        Assert.NotSame(settings.For("a1.txt"), settings.For("b1.txt"));
    }
}
