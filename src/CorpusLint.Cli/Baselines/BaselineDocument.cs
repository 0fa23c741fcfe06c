using System.Text.Json.Serialization;

namespace CorpusLint.Cli.Baselines;

// Optional properties have setters, not init: the source-generated reader then leaves a default alone
// when its key is absent (with init it would reset it).

/// <summary>The JSON shape of corpuslint.baseline.json: the diagnostics a corpus accepted when it adopted the gate.</summary>
public sealed record BaselineDocument
{
    public const int CurrentVersion = 1;

    public int Version { get; set; } = CurrentVersion;

    public required IReadOnlyList<BaselineEntry> Entries { get; init; }
}

/// <summary>
/// Diagnostics of one rule in one file on the same text: keyed by a hash of the flagged text, not by line,
/// so an edit elsewhere in the file does not break the match. <see cref="Count"/> is how many there are.
/// </summary>
public sealed record BaselineEntry
{
    public required string Rule { get; init; }

    /// <summary>The file's path relative to the baseline file's folder, with '/' separators.</summary>
    public required string File { get; init; }

    /// <summary>The fingerprint of the flagged text (<see cref="BaselineFingerprint"/>).</summary>
    public required string Hash { get; init; }

    public int Count { get; set; } = 1;

    /// <summary>The first such diagnostic's message, for people reading the file; never matched on.</summary>
    public string Message { get; set; } = string.Empty;
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true)]
[JsonSerializable(typeof(BaselineDocument))]
internal sealed partial class BaselineJsonContext : JsonSerializerContext;
