using CorpusLint.Diagnostics;

namespace CorpusLint.Configuration;

/// <summary>
/// What the configuration decides for one run: each rule's severity for a given path (None = off) and the
/// rules' options. The default is every rule at its descriptor's default.
/// </summary>
public sealed record AnalysisSettings(Func<DiagnosticDescriptor, string, Severity> SeverityOf, RuleOptions Options)
{
    public static readonly AnalysisSettings Default = new(DefaultSeverity, RuleOptions.Empty);

    public static Severity DefaultSeverity(DiagnosticDescriptor descriptor, string path) =>
        descriptor.IsEnabledByDefault ? descriptor.DefaultSeverity : Severity.None;
}
