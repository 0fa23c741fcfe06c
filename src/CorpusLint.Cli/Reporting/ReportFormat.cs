namespace CorpusLint.Cli.Reporting;

/// <summary>The output formats of `check --format`.</summary>
public enum ReportFormat
{
    /// <summary>For people at a terminal: code frames, colour when it is a terminal, a summary.</summary>
    Text,

    /// <summary>`path(line,col): severity ID: message`, for editors' and MSBuild's problem matchers.</summary>
    MsBuild,

    /// <summary>A stable JSON document for scripts (docs/formats.md).</summary>
    Json,

    /// <summary>SARIF 2.1.0 for code-scanning services.</summary>
    Sarif,

    /// <summary>GitHub Actions workflow commands, so pull requests show annotations.</summary>
    GitHub,
}

public static class ReportFormatNames
{
    public static readonly IReadOnlyList<string> All = ["text", "msbuild", "json", "sarif", "github"];

    public static ReportFormat Parse(string name) => name.ToLowerInvariant() switch
    {
        "text" => ReportFormat.Text,
        "msbuild" => ReportFormat.MsBuild,
        "json" => ReportFormat.Json,
        "sarif" => ReportFormat.Sarif,
        "github" => ReportFormat.GitHub,
        _ => throw new ArgumentException($"unknown format '{name}'; use one of {string.Join(", ", All)}", nameof(name)),
    };
}
