using CorpusLint.Diagnostics;

namespace CorpusLint.Configuration;

/// <summary>
/// One corpuslint.json as written: what it sets, with the position of every rule entry so that checks made
/// later (unknown rule ids, unknown options) can still point at the line. Paths and globs in it are relative
/// to the folder the file is in.
/// </summary>
public sealed record ConfigFile
{
    public const string FileName = "corpuslint.json";

    /// <summary>Full path of the file.</summary>
    public required string Path { get; init; }

    public string Directory => System.IO.Path.GetDirectoryName(Path)!;

    /// <summary>True when discovery must not look in folders above this file.</summary>
    public bool IsRoot { get; init; }

    /// <summary>Files to check (null: every file discovery finds).</summary>
    public PathGlobs? Include { get; init; }

    /// <summary>Files to skip (null: none).</summary>
    public PathGlobs? Exclude { get; init; }

    public IReadOnlyList<RuleSetting> Rules { get; init; } = [];

    public IReadOnlyList<ConfigOverride> Overrides { get; init; } = [];

    public IReadOnlyList<RulePackReference> RulePacks { get; init; } = [];

    public bool? UnsafeFixes { get; init; }
}

/// <summary>What a configuration says about one rule: its severity, its options, or both.</summary>
public sealed record RuleSetting(string Id, SourcePosition Position, Severity? Severity, IReadOnlyList<RuleOptionSetting> Options);

/// <summary>One rule option as written; <see cref="Value"/> is its JSON text (numbers in invariant form).</summary>
public sealed record RuleOptionSetting(string Name, SourcePosition Position, RuleOptionKind Kind, string Value);

/// <summary>Settings that apply only to files matching <see cref="Files"/>, after the file's own settings.</summary>
public sealed record ConfigOverride(PathGlobs Files, SourcePosition Position, IReadOnlyList<RuleSetting> Rules, bool? UnsafeFixes);

/// <summary>A user's rule pack named in "rulePacks": its full path and where it is named.</summary>
public sealed record RulePackReference(string FullPath, SourcePosition Position);
