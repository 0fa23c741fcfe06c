using CorpusLint.Analysis;
using CorpusLint.Rules.Packs;
using CorpusLint.Syntax;
using CorpusLint.Text;

namespace CorpusLint.Rules.Tests.Packs;

public class RulePackLoaderTests
{
    private const string ValidPack = """
        // comments and trailing commas are allowed
        {
          "rules": [
            { "id": "ACME0001", "title": "Promo", "category": "SiteBoilerplate", "message": "Promo '{0}'",
              "description": "A promo line.", "phrases": ["Buy the paper"], "patterns": ["^get \\d+% off"], "maxWords": 6, },
          ],
        }
        """;

    [Fact]
    public void BuiltInPacksLoadAndUseTheReservedPrefix()
    {
        var rules = RulePackLoader.LoadBuiltIn();
        Assert.NotEmpty(rules);
        Assert.All(rules, r => Assert.StartsWith("CL", r.Descriptor.Id));
    }

    [Fact]
    public void AUserPackAddsARuleThatMatchesPhrasesAndPatterns()
    {
        var rule = Assert.Single(RulePackLoader.Load(ValidPack, "acme.json", builtIn: false));
        Assert.Equal([3, 5], RuleTester.FlaggedLines(rule, "Title\n\n» Buy the paper |\n\nGet 20% off today\n\nWe did not buy the paper because it was late, she said.\n"));
        Assert.Equal("Promo 'Get 20% off today'", RuleTester.Analyze(rule, "Get 20% off today\n")[0].Message);
    }

    /// <summary>The model passes over a line longer than a rule's word limit; a rule scoped to a part of the page claims no line.</summary>
    [Fact]
    public void ARulesWordLimitBoundsTheLinesItIsAskedToClaim()
    {
        var limited = Assert.Single(RulePackLoader.Load(ValidPack, "acme.json", builtIn: false));
        Assert.Equal(6, limited.MaxWords);
        var unlimited = Assert.Single(RulePackLoader.Load(ValidPack.Replace("\"maxWords\": 6, ", string.Empty), "acme.json", builtIn: false));
        Assert.Equal(int.MaxValue, unlimited.MaxWords);
        var scoped = Assert.Single(RulePackLoader.Load(ValidPack.Replace("\"maxWords\": 6, ", "\"where\": \"beforeBody\", "), "acme.json", builtIn: false));
        Assert.Equal(-1, scoped.MaxWords);
        Assert.False(scoped.IsBoilerplate(ArticleParser.Parse(SourceText.From("Buy the paper\n")).Lines[0]));
    }

    [Fact]
    public void AMetadataRuleThatKeepsInsideTheArticleReportsOnlyTheLinesAtItsEdge()
    {
        const string pack = """
            { "rules": [ { "id": "ACME0002", "title": "Desk line", "category": "Metadata", "message": "Desk line '{0}'",
                "description": "The desk that filed the story.", "patterns": ["^filed by the \\w+ desk$"], "keepInsideArticle": true },
              { "id": "ACME0003", "title": "Subscribe button", "category": "ShareAndFollow", "message": "Button '{0}'",
                "description": "The site's subscribe button.", "phrases": ["Subscribe"] } ] }
            """;
        var driver = new AnalyzerDriver(RulePackLoader.Load(pack, "acme.json", builtIn: false));
        var text = "Title\n\nFiled by the city desk\n\n" + CatalogueTester.Body + "\nFiled by the city desk\n\nSubscribe\n";
        var flagged = driver.Analyze(SourceText.From(text), "test.txt").Where(d => d.Id == "ACME0002").Select(d => d.Location.Line);
        Assert.Equal([11], flagged);
    }

    [Fact]
    public void MalformedJsonNamesTheFileLineAndColumn()
    {
        var error = Assert.Throws<RulePackException>(() => RulePackLoader.Load("{\n  \"rules\": [ { \"id\": } ]\n}", "bad.json", builtIn: false));
        Assert.StartsWith("bad.json(2,", error.Message);
    }

    [Theory]
    [InlineData("\"id\": \"CL9999\"", "reserved")]
    [InlineData("\"id\": \"lower1\"", "must be 2-8 capital letters")]
    [InlineData("\"severity\": \"loud\"", "severity 'loud'")]
    [InlineData("\"fix\": \"maybe\"", "fix 'maybe'")]
    [InlineData("\"where\": \"inside\"", "where 'inside'")]
    [InlineData("\"patterns\": [\"(unclosed\"]", "invalid pattern")]
    [InlineData("\"colour\": \"red\"", "colour")]
    public void BadValuesAreErrorsThatSayWhatWasExpected(string replacement, string expected)
    {
        var key = replacement[..(replacement.IndexOf(':') + 1)];
        var json = ValidPack.Contains(key)
            ? System.Text.RegularExpressions.Regex.Replace(ValidPack, System.Text.RegularExpressions.Regex.Escape(key) + " (\"[^\"]*\"|\\[[^\\]]*\\])", replacement.Replace("\\", "\\\\"))
            : ValidPack.Replace("\"title\":", replacement + ", \"title\":");
        var error = Assert.Throws<RulePackException>(() => RulePackLoader.Load(json, "acme.json", builtIn: false));
        Assert.Contains(expected, error.Message);
        Assert.StartsWith("acme.json", error.Message);
    }

    [Theory]
    [InlineData("\"maxWords\": \"six\"", "$.rules[0].maxWords")]
    [InlineData("\"phrases\": \"Buy the paper\"", "$.rules[0].phrases")]
    [InlineData("\"rules\": {}", "$.rules")]
    public void AValueOfTheWrongTypeIsAnErrorNamingWhereItIs(string replacement, string path)
    {
        var json = replacement.StartsWith("\"rules\"", StringComparison.Ordinal)
            ? """{ "rules": {} }"""
            : ValidPack.Replace("\"title\": \"Promo\"", replacement + ", \"title\": \"Promo\"").Replace("\"maxWords\": 6, ", string.Empty).Replace("\"phrases\": [\"Buy the paper\"], ", string.Empty);
        var error = Assert.Throws<RulePackException>(() => RulePackLoader.Load(json, "acme.json", builtIn: false));
        Assert.StartsWith("acme.json(", error.Message);
        Assert.Contains($"invalid rule pack at {path}", error.Message);
    }

    [Fact]
    public void ARuleNeedsAPhraseOrAPattern()
    {
        var json = """{ "rules": [ { "id": "ACME0002", "title": "t", "category": "c", "message": "m", "description": "d" } ] }""";
        Assert.Contains("at least one phrase, pattern or vocabulary word", Assert.Throws<RulePackException>(() => RulePackLoader.Load(json, "p.json", false)).Message);
    }

    [Fact]
    public void APatternThatWouldBacktrackCatastrophicallyRunsInLinearTime()
    {
        var json = """{ "rules": [ { "id": "ACME0003", "title": "t", "category": "c", "message": "m", "description": "d", "patterns": ["^(a+)+$"] } ] }""";
        var rule = Assert.Single(RulePackLoader.Load(json, "p.json", false));
        var evil = new string('a', 5000) + "!\n";
        Assert.Empty(RuleTester.Analyze(rule, evil));
    }
    [Fact]
    public void ARulesAnchoredPatternsAreOneGroupAndTheOthersAnother()
    {
        Assert.Equal([["^a", "^b"], ["c$", "d"]], RulePackLoader.PatternGroups(["^a", "c$", "^b", "d"]));
        Assert.Equal([["^a", "^b"]], RulePackLoader.PatternGroups(["^a", "^b"]));
        Assert.Equal([["c$", "d"]], RulePackLoader.PatternGroups(["c$", "d"]));
        Assert.Empty(RulePackLoader.PatternGroups([]));
    }

    /// <summary>Split into two regexes, a rule's patterns match the lines their one alternation matches, and only those.</summary>
    [Fact]
    public void ARuleWithBothKindsOfPatternsMatchesALineEitherKindMatches()
    {
        const string pack = """
            { "rules": [ { "id": "ACME0004", "title": "Credit", "category": "Metadata", "message": "Credit '{0}'",
                "description": "d", "patterns": ["^photo:", "\\breuters$", "^by\\s+\\w+$"], "maxWords": 6 } ] }
            """;
        var rule = Assert.Single(RulePackLoader.Load(pack, "acme.json", builtIn: false));
        var alternation = new System.Text.RegularExpressions.Regex(RulePackLoader.PatternsSource(["^photo:", "\\breuters$", "^by\\s+\\w+$"]), RulePackLoader.PatternOptions);
        string[] lines = ["Photo: AP", "Pictures by Reuters", "By Anna", "Reuters reports", "photo essay", "By the river bank today", "Source: Reuters"];
        foreach (var line in lines)
        {
            Assert.True(alternation.IsMatch(line) == rule.IsBoilerplate(ArticleParser.Parse(SourceText.From(line + "\n")).Lines[0]), line);
        }

        Assert.Equal(4, lines.Count(alternation.IsMatch));
    }

    [Fact]
    public void AnInvalidPatternInTheSecondGroupIsNamedByItsPlaceAmongTheRulesPatterns()
    {
        var json = """{ "rules": [ { "id": "ACME0005", "title": "t", "category": "c", "message": "m", "description": "d", "patterns": ["^ok", "(unclosed"] } ] }""";
        var error = Assert.Throws<RulePackException>(() => RulePackLoader.Load(json, "p.json", false));
        Assert.StartsWith("p.json: rules[0].patterns[1]: invalid pattern '(unclosed'", error.Message);
    }
}
