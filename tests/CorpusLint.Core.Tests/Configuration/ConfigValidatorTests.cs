using System.Text;
using CorpusLint.Configuration;
using CorpusLint.Diagnostics;

namespace CorpusLint.Core.Tests.Configuration;

public class ConfigValidatorTests
{
    private static readonly DiagnosticDescriptor Share = new("CL2001", "Share", "Share", "Test", Severity.Warning, FixSafety.Safe, "d");

    private static readonly DiagnosticDescriptor Duplicate = new("CL3001", "Duplicate", "Duplicate", "Test", Severity.Warning, FixSafety.Unsafe, "d")
    {
        Options = [new RuleOptionDescriptor("threshold", RuleOptionKind.Number, "0.9", "How similar two paragraphs must be.")],
    };

    private static readonly Dictionary<string, DiagnosticDescriptor> Rules = new() { [Share.Id] = Share, [Duplicate.Id] = Duplicate };

    private static IReadOnlyList<ConfigurationError> Validate(string json) =>
        ConfigValidator.Validate(ConfigFileReader.Read(Encoding.UTF8.GetBytes(json), "/c/corpuslint.json"), Rules);

    [Fact]
    public void KnownRulesAndOptionsPass()
    {
        Assert.Empty(Validate("""{ "rules": { "CL2001": "none", "CL3001": { "options": { "threshold": 0.8 } } } }"""));
    }

    [Fact]
    public void AnUnknownRuleIdIsAnErrorAtItsKeyWithASuggestion()
    {
        var error = Assert.Single(Validate("{\n  \"rules\": { \"cl2001\": \"none\" }\n}"));
        Assert.Equal((2, 14), (error.Line, error.Column));
        Assert.Equal("unknown rule id 'cl2001' (did you mean CL2001?); `corpuslint rules` lists them", error.Message);
    }

    [Theory]
    [InlineData("CL201", " (did you mean CL2001?)")]
    [InlineData("CL30001", " (did you mean CL3001?)")]
    [InlineData("XY1234", "")]
    public void TheSuggestionIsTheNearestKnownId(string id, string suggestion)
    {
        var error = Assert.Single(Validate($$"""{ "rules": { "{{id}}": "none" } }"""));
        Assert.Equal($"unknown rule id '{id}'{suggestion}; `corpuslint rules` lists them", error.Message);
    }

    [Fact]
    public void UnknownRuleIdsInOverridesAreErrorsToo()
    {
        var error = Assert.Single(Validate("""{ "overrides": [ { "files": ["a/**"], "rules": { "XX9999": "none" } } ] }"""));
        Assert.Equal("unknown rule id 'XX9999'; `corpuslint rules` lists them", error.Message);
    }

    [Fact]
    public void AnOptionTheRuleDoesNotHaveIsAnError()
    {
        var errors = Validate("""{ "rules": { "CL3001": { "options": { "treshold": 0.8 } }, "CL2001": { "options": { "x": 1 } } } }""");
        Assert.Equal(
            ["rule CL3001 has no option 'treshold'; expected one of threshold", "rule CL2001 has no option 'x'; it has no options"],
            errors.Select(e => e.Message));
    }

    [Fact]
    public void AnOptionOfTheWrongTypeIsAnError()
    {
        var error = Assert.Single(Validate("""{ "rules": { "CL3001": { "options": { "threshold": "high" } } } }"""));
        Assert.Equal("option threshold of rule CL3001: expected a number, like its default 0.9", error.Message);
    }
}
