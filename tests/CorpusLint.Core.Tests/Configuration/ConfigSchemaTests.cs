using System.Text.Json;
using CorpusLint.Configuration;
using CorpusLint.Testing;

namespace CorpusLint.Core.Tests.Configuration;

/// <summary>The published schema (what editors check against) and the reader (what the tool accepts) agree.</summary>
public class ConfigSchemaTests
{
    private static readonly JsonElement Schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "schemas", "corpuslint.schema.json"))).RootElement;

    private static string[] Keys(JsonElement properties) => properties.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void TheSchemaListsExactlyTheKeysTheReaderAccepts()
    {
        Assert.Equal(ConfigFileReader.TopLevelKeys.Order(StringComparer.Ordinal), Keys(Schema.GetProperty("properties")));
        Assert.False(Schema.GetProperty("additionalProperties").GetBoolean());

        var overrideItem = Schema.GetProperty("properties").GetProperty("overrides").GetProperty("items");
        Assert.Equal(ConfigFileReader.OverrideKeys.Order(StringComparer.Ordinal), Keys(overrideItem.GetProperty("properties")));

        var ruleObject = Schema.GetProperty("definitions").GetProperty("rules").GetProperty("additionalProperties").GetProperty("oneOf")[1];
        Assert.Equal(ConfigFileReader.RuleKeys.Order(StringComparer.Ordinal), Keys(ruleObject.GetProperty("properties")));
    }

    [Fact]
    public void TheSchemaListsExactlyTheSeveritiesTheReaderAccepts()
    {
        var severities = Schema.GetProperty("definitions").GetProperty("severity").GetProperty("enum").EnumerateArray().Select(e => e.GetString());
        Assert.Equal(ConfigFileReader.Severities, severities);
    }
}
