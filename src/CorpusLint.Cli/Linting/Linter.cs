using CorpusLint.Analysis;
using CorpusLint.Cli.Baselines;
using CorpusLint.Configuration;
using CorpusLint.Diagnostics;
using CorpusLint.Fixes;
using CorpusLint.Text;

namespace CorpusLint.Cli.Linting;

/// <summary>
/// The one place that ties the engine together for the command line: which rules run with which settings,
/// how a text is analysed and how it is fixed. Commands call this and never a rule directly.
/// </summary>
public sealed class Linter
{
    private readonly AnalyzerDriver _driver;
    private readonly Func<string, bool> _unsafeFixesFor;
    private readonly Baseline? _baseline;

    /// <param name="unsafeFixesFor">Whether the configuration turns unsafe fixes on for a path (default: never).</param>
    /// <param name="baseline">Known diagnostics that <see cref="Analyze"/> leaves out (and counts).</param>
    public Linter(IEnumerable<Analyzer> analyzers, AnalysisSettings settings, Func<string, bool>? unsafeFixesFor = null, Baseline? baseline = null)
    {
        _driver = new AnalyzerDriver(analyzers, settings);
        _unsafeFixesFor = unsafeFixesFor ?? (_ => false);
        _baseline = baseline;
    }

    /// <summary>Every rule this linter can report, for reports that describe their rules (SARIF).</summary>
    public IReadOnlyList<DiagnosticDescriptor> Descriptors =>
        [AnalyzerDriver.AnalyzerFailed, .. _driver.Analyzers.SelectMany(a => a.SupportedDiagnostics).DistinctBy(d => d.Id)];

    public IReadOnlyList<Diagnostic> Analyze(SourceText text, string path)
    {
        var diagnostics = _driver.Analyze(text, path);
        return _baseline is null ? diagnostics : _baseline.Filter(text, path, diagnostics);
    }

    public FixResult Fix(SourceText text, string path, FixOptions options)
    {
        var effective = !options.IncludeUnsafe && _unsafeFixesFor(path) ? options with { IncludeUnsafe = true } : options;
        return FixEngine.Fix(text, t => _driver.Analyze(t, path), effective, path);
    }
}
