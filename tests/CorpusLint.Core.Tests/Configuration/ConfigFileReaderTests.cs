using System.Text;
using CorpusLint.Configuration;
using CorpusLint.Diagnostics;

namespace CorpusLint.Core.Tests.Configuration;

public class ConfigFileReaderTests
{
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "corpus");
    private static readonly string FilePath = Path.Combine(Folder, "corpuslint.json");

    private static ConfigFile Read(string json) => ConfigFileReader.Read(Encoding.UTF8.GetBytes(json), FilePath);

    private static ConfigurationError SingleError(string json)
    {
        var exception = Assert.Throws<ConfigurationException>(() => Read(json));
        var error = Assert.Single(exception.Errors);
        Assert.Equal(FilePath, error.Path);
        return error;
    }

    [Fact]
    public void ReadsEverySettingWithCommentsAndTrailingCommas()
    {
        var config = Read("""
            // a comment
            {
              "$schema": "./corpuslint.schema.json",
              "root": true, /* block comment */
              "include": ["**/*.txt"],
              "exclude": ["drafts/**",],
              "unsafeFixes": true,
              "rules": {
                "CL2001": "error",
                "CL3001": { "severity": "info", "options": { "threshold": 0.85, "mode": "strict", "strict": false } },
              },
              "overrides": [ { "files": ["sites/a/**"], "rules": { "CL2001": "none" }, "unsafeFixes": false } ],
              "rulePacks": ["packs/acme.json"],
            }
            """);

        Assert.True(config.IsRoot);
        Assert.True(config.UnsafeFixes);
        Assert.Equal(["**/*.txt"], config.Include!.Patterns);
        Assert.Equal(Folder, config.Include.BaseDirectory);
        Assert.Equal(["drafts/**"], config.Exclude!.Patterns);
        Assert.Equal(Severity.Error, config.Rules[0].Severity);
        var rule = config.Rules[1];
        Assert.Equal(("CL3001", Severity.Info), (rule.Id, rule.Severity!.Value));
        Assert.Equal(
            [("threshold", RuleOptionKind.Number, "0.85"), ("mode", RuleOptionKind.String, "strict"), ("strict", RuleOptionKind.Boolean, "false")],
            rule.Options.Select(o => (o.Name, o.Kind, o.Value)));
        var item = Assert.Single(config.Overrides);
        Assert.Equal(["sites/a/**"], item.Files.Patterns);
        Assert.Equal(Severity.None, item.Rules.Single().Severity);
        Assert.False(item.UnsafeFixes);
        Assert.Equal(Path.Combine(Folder, "packs", "acme.json"), config.RulePacks.Single().FullPath);
    }

    [Fact]
    public void AnEmptyObjectSetsNothing()
    {
        var config = Read("{}");
        Assert.False(config.IsRoot);
        Assert.Null(config.Include);
        Assert.Null(config.UnsafeFixes);
        Assert.Empty(config.Rules);
    }

    [Theory]
    [InlineData("{\n  \"rules\": {\n    \"CL2001\": \"fatal\"\n  }\n}", 3, 15, "severity 'fatal' is not one of error, warning, info, none")]
    [InlineData("{\n  \"bogus\": 1\n}", 2, 3, "unknown key 'bogus' in the configuration; expected one of $schema, root, include, exclude, unsafeFixes, rules, overrides, rulePacks")]
    [InlineData("{ \"overrides\": [ { \"files\": [\"a/**\"], \"rulez\": {} } ] }", 1, 39, "unknown key 'rulez' in an entry of \"overrides\"; expected one of files, rules, unsafeFixes")]
    [InlineData("{ \"rules\": { \"CL2001\": { \"level\": \"error\" } } }", 1, 26, "unknown key 'level' in rule CL2001; expected one of severity, options")]
    [InlineData("{ \"overrides\": [ { \"rules\": {} } ] }", 1, 18, "an entry of \"overrides\" needs \"files\": the globs of the paths it applies to")]
    [InlineData("{ \"include\": \"**/*.txt\" }", 1, 14, "\"include\" (a list of strings): expected an array, found a string")]
    [InlineData("{ \"exclude\": [\"a\", 3] }", 1, 20, "an entry of \"exclude\": expected a string, found a number")]
    [InlineData("{ \"exclude\": [\" \"] }", 1, 15, "an entry of \"exclude\" is empty")]
    [InlineData("{ \"include\": [] }", 1, 14, "\"include\" is empty, so it would match no file; name at least one glob")]
    [InlineData("{ \"overrides\": [ { \"files\": [] } ] }", 1, 29, "\"files\" is empty, so it would match no file; name at least one glob")]
    [InlineData("{ \"root\": \"yes\" }", 1, 11, "\"root\": expected true or false, found a string")]
    [InlineData("{ \"unsafeFixes\": 1 }", 1, 18, "\"unsafeFixes\": expected true or false, found a number")]
    [InlineData("{ \"rules\": [] }", 1, 12, "\"rules\" (rule id to severity): expected an object, found an array")]
    [InlineData("{ \"rules\": { \"CL2001\": 2 } }", 1, 24, "rule CL2001: expected a severity (error, warning, info, none) or an object with \"severity\" and \"options\", found a number")]
    [InlineData("{ \"rules\": { \"CL2001\": { \"options\": { \"x\": [1] } } } }", 1, 44, "option x: expected a number, a string or true/false, found an array")]
    [InlineData("{ \"rules\": { \"CL2001\": { \"severity\": true } } }", 1, 38, "a severity: expected a string, found true or false")]
    [InlineData("{ \"rulePacks\": [null] }", 1, 17, "an entry of rulePacks: expected a string, found null")]
    [InlineData("{ \"overrides\": [ 1 ] }", 1, 18, "an entry of \"overrides\": expected an object, found a number")]
    [InlineData("[]", 1, 1, "the configuration: expected an object, found an array")]
    [InlineData("{ \"root\": true, \"root\": false }", 1, 17, "key 'root' appears twice in the same object")]
    [InlineData("", 1, 1, "the file is empty; expected a JSON object")]
    public void EveryProblemNamesTheLineColumnAndWhatWasExpected(string json, int line, int column, string message)
    {
        var error = SingleError(json);
        Assert.Equal((line, column, message), (error.Line, error.Column, error.Message));
    }

    [Fact]
    public void MalformedJsonIsAnErrorAtItsPosition()
    {
        var error = SingleError("{\n  \"root\": true\n  \"rules\": {}\n}");
        Assert.Equal((3, 3), (error.Line, error.Column));
        Assert.StartsWith("invalid JSON: ", error.Message);
    }

    [Fact]
    public void ContentAfterTheObjectIsInvalid()
    {
        var error = SingleError("{}\n{}");
        Assert.Equal((2, 1), (error.Line, error.Column));
        Assert.StartsWith("invalid JSON: ", error.Message);
    }

    [Fact]
    public void ColumnsCountCharactersNotBytes()
    {
        var error = SingleError("{ \"exclude\": [\"é\"], \"x\": 1 }");
        Assert.Equal(21, error.Column);
    }

    [Fact]
    public void EveryProblemOfAFileIsReportedAtOnce()
    {
        var exception = Assert.Throws<ConfigurationException>(() => Read("{ \"a\": 1, \"b\": 2, \"rules\": { \"CL2001\": \"loud\" } }"));
        Assert.Equal(3, exception.Errors.Count);
        Assert.Contains("corpuslint.json(1,3): unknown key 'a'", exception.Message);
    }

    [Fact]
    public void AByteOrderMarkIsAllowed()
    {
        var config = ConfigFileReader.Read([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("{ \"root\": true }")], FilePath);
        Assert.True(config.IsRoot);
    }
}
