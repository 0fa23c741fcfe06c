using System.Reflection;

namespace CorpusLint.Cli.Reporting;

/// <summary>Who wrote a machine-readable report: JSON and SARIF name the tool and its version.</summary>
public sealed record ToolIdentity(string Name, string Version, string InformationUri)
{
    public static ToolIdentity Current { get; } = new(
        "CorpusLint",
        typeof(ToolIdentity).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0",
        "https://github.com/corpuslint/corpuslint");
}
