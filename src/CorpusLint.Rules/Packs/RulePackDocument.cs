using System.Text.Json.Serialization;

namespace CorpusLint.Rules.Packs;

// Optional properties have setters, not init: the source-generated reader then leaves a default alone
// when its key is absent (with init it would reset it).

/// <summary>The JSON shape of a rule pack (rules/*.json); rules/rulepack.schema.json describes it for editors.</summary>
public sealed record RulePackDocument
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    /// <summary>What the pack is for, shown to nobody but people reading the file.</summary>
    public string? Description { get; set; }

    public required IReadOnlyList<PhraseRuleDefinition> Rules { get; init; }
}

/// <summary>One declarative rule: a line is junk when it equals one of the phrases or matches one of the patterns.</summary>
public sealed record PhraseRuleDefinition
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public required string Category { get; init; }

    /// <summary>error, warning, info or none.</summary>
    public string Severity { get; set; } = "warning";

    /// <summary>The diagnostic message; {0} is replaced by the flagged line.</summary>
    public required string Message { get; init; }

    public required string Description { get; init; }

    public string Example { get; set; } = string.Empty;

    /// <summary>safe, unsafe or none.</summary>
    public string Fix { get; set; } = "safe";

    /// <summary>Whole-line phrases, compared case-insensitively after trimming spaces and decoration.</summary>
    public IReadOnlyList<string> Phrases { get; set; } = [];

    /// <summary>.NET regular expressions (run without backtracking, case-insensitive) matched against the trimmed line.</summary>
    public IReadOnlyList<string> Patterns { get; set; } = [];

    /// <summary>Interface words and phrases: a line matches when those found in it cover <see cref="MinCoverage"/> of its letters.</summary>
    public IReadOnlyList<string> Vocabulary { get; set; } = [];

    /// <summary>Share of a line's letters the vocabulary must cover (0 to 1).</summary>
    public double MinCoverage { get; set; } = 0.5;

    /// <summary>Only lines of at most this many words can match: a long line is prose, whatever it contains.</summary>
    public int? MaxWords { get; set; }

    /// <summary>anywhere, outsideBody, beforeBody or afterBody: where in the article a match counts.</summary>
    public string Where { get; set; } = "anywhere";

    /// <summary>Leave a match alone when it stands inside the article's text, between its headline or paragraphs (bylines, dates).</summary>
    public bool KeepInsideArticle { get; set; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true)]
[JsonSerializable(typeof(RulePackDocument))]
internal sealed partial class RulePackJsonContext : JsonSerializerContext;
