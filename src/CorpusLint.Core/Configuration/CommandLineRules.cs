using CorpusLint.Diagnostics;

namespace CorpusLint.Configuration;

/// <summary>
/// The rule choices made on the command line, which win over every configuration file: --select (only these
/// rules run; an id or a prefix such as CL2), --ignore (these rules are off) and --severity ID=level.
/// </summary>
public sealed record CommandLineRules
{
    public static readonly CommandLineRules None = new();

    /// <summary>Ids or id prefixes to run; null runs whatever the configuration enables.</summary>
    public IReadOnlyList<string>? Select { get; init; }

    public IReadOnlyList<string> Ignore { get; init; } = [];

    public IReadOnlyDictionary<string, Severity> Severities { get; init; } = new Dictionary<string, Severity>();

    /// <summary>Applies the command line's choices to the severity the configuration resolved.</summary>
    public Severity Apply(DiagnosticDescriptor descriptor, Severity configured)
    {
        var severity = configured;
        if (Select is not null)
        {
            // Selecting a rule by name turns it on even when the configuration or its default has it off.
            severity = !Matches(Select, descriptor.Id) ? Severity.None
                : severity != Severity.None ? severity
                : descriptor.DefaultSeverity != Severity.None ? descriptor.DefaultSeverity
                : Severity.Warning;
        }

        if (Matches(Ignore, descriptor.Id))
        {
            severity = Severity.None;
        }

        return Severities.TryGetValue(descriptor.Id, out var chosen) ? chosen : severity;
    }

    /// <summary>True when a selector (an id or a prefix of ids) names this rule.</summary>
    public static bool Matches(IReadOnlyList<string> selectors, string id) =>
        selectors.Any(s => id.StartsWith(s, StringComparison.Ordinal));
}
