using System.Text;
using CorpusLint.Analysis;
using CorpusLint.Cli.Baselines;
using CorpusLint.Configuration;
using CorpusLint.Diagnostics;
using CorpusLint.Fixes;
using CorpusLint.Semantics;
using CorpusLint.Text;

namespace CorpusLint.Cli.Linting;

/// <summary>
/// The one place that ties the engine together for the command line: which rules run with which settings,
/// how a text is analysed and how it is fixed. Commands call this and never a rule directly.
/// </summary>
public sealed class Linter
{
    private readonly AnalyzerDriver _driver;
    private readonly AnalysisSettings _settings;
    private readonly IReadOnlyList<DiagnosticDescriptor> _descriptors;
    private readonly Func<string, bool> _unsafeFixesFor;
    private readonly Baseline? _baseline;

    /// <param name="unsafeFixesFor">Whether the configuration turns unsafe fixes on for a path (default: never).</param>
    /// <param name="baseline">Known diagnostics that <see cref="Analyze"/> leaves out (and counts).</param>
    public Linter(IEnumerable<Analyzer> analyzers, AnalysisSettings settings, Func<string, bool>? unsafeFixesFor = null, Baseline? baseline = null)
    {
        _driver = new AnalyzerDriver(analyzers, settings);
        _settings = settings;
        _descriptors = [AnalyzerDriver.AnalyzerFailed, .. _driver.Analyzers.SelectMany(a => a.SupportedDiagnostics)];
        DescriptorsById = _descriptors.DistinctBy(d => d.Id).ToDictionary(d => d.Id, StringComparer.Ordinal);
        _unsafeFixesFor = unsafeFixesFor ?? (_ => false);
        _baseline = baseline;
    }

    private Lazy<string> _configurationFingerprint = new(string.Empty);

    /// <summary>
    /// Identifies the configuration this linter was built from (the configuration files and user rule packs),
    /// for the result cache: whoever builds a linter from configuration sets <see cref="ComputeConfigurationFingerprint"/>.
    /// </summary>
    public string ConfigurationFingerprint => _configurationFingerprint.Value;

    /// <summary>
    /// How <see cref="ConfigurationFingerprint"/> is computed, the first time the result cache asks for it: a
    /// --no-cache run never reads and hashes its configuration files again (loading the SHA-256 provider and
    /// hashing were about 12 CPU-ms of a one-article run).
    /// </summary>
    public Func<string> ComputeConfigurationFingerprint { init => _configurationFingerprint = new(value); }

    /// <summary>Every rule this linter can report, for reports that describe their rules (SARIF).</summary>
    public IReadOnlyList<DiagnosticDescriptor> Descriptors =>
        [AnalyzerDriver.AnalyzerFailed, .. _driver.Analyzers.SelectMany(a => a.SupportedDiagnostics).DistinctBy(d => d.Id)];

    /// <summary>Every rule's descriptor by id (the result cache restores diagnostics by id).</summary>
    public IReadOnlyDictionary<string, DiagnosticDescriptor> DescriptorsById { get; }

    /// <summary>Whether a baseline filters the diagnostics (it needs each file's text).</summary>
    public bool HasBaseline => _baseline is not null;

    public IReadOnlyList<Diagnostic> Analyze(SourceText text, string path) => ApplyBaseline(text, path, AnalyzeAll(text, path));

    /// <summary>Every diagnostic, before the baseline leaves the known ones out: what the result cache stores.</summary>
    public IReadOnlyList<Diagnostic> AnalyzeAll(SourceText text, string path) => _driver.Analyze(text, path);

    /// <summary>Leaves out what the baseline accepts (and records what it saw, for its stale-entry report).</summary>
    public IReadOnlyList<Diagnostic> ApplyBaseline(SourceText text, string path, IReadOnlyList<Diagnostic> diagnostics) =>
        _baseline is null ? diagnostics : _baseline.Filter(text, path, diagnostics);

    public FixResult Fix(SourceText text, string path, FixOptions options)
    {
        var effective = !options.IncludeUnsafe && _unsafeFixesFor(path) ? options with { IncludeUnsafe = true } : options;
        // Each round after the first analyses the fixed text, mostly the lines of the text before: what the rounds found
        // about a line is kept for the next (RecurringLines).
        var recurring = new RecurringLines();
        return FixEngine.Fix(text, t => _driver.Analyze(t, path, recurring), effective, path);
    }

    /// <summary>What the settings decide for this path, as text: the configuration plus each rule's severity here.</summary>
    public string SettingsFingerprint(string path)
    {
        // Asked for every file of a run: one builder, not a string per rule.
        var text = new StringBuilder(ConfigurationFingerprint, ConfigurationFingerprint.Length + 1 + _descriptors.Count * 10);
        text.Append('|');
        for (int i = 0; i < _descriptors.Count; i++)
        {
            if (i > 0)
            {
                text.Append(';');
            }

            text.Append(_descriptors[i].Id).Append('=').Append((int)_settings.SeverityOf(_descriptors[i], path));
        }

        return text.ToString();
    }
}
