using CorpusLint.Diagnostics;

namespace CorpusLint.Configuration;

/// <summary>
/// What the configuration decides for one run: each rule's severity for a given path (None = off) and the
/// rules' options for a given path. The default is every rule at its descriptor's default.
/// </summary>
public sealed record AnalysisSettings(Func<DiagnosticDescriptor, string, Severity> SeverityOf, Func<string, RuleOptions> OptionsOf)
{
    public static readonly AnalysisSettings Default = new(DefaultSeverity, RuleOptions.Empty);

    /// <summary>Settings whose rule options are the same for every path.</summary>
    public AnalysisSettings(Func<DiagnosticDescriptor, string, Severity> severityOf, RuleOptions options)
        : this(severityOf, _ => options)
    {
    }

    public static Severity DefaultSeverity(DiagnosticDescriptor descriptor, string path) =>
        descriptor.IsEnabledByDefault ? descriptor.DefaultSeverity : Severity.None;
}
