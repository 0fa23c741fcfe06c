using CorpusLint.Analysis;
using CorpusLint.Configuration;
using CorpusLint.Diagnostics;
using CorpusLint.Fixes;
using CorpusLint.Rules;
using CorpusLint.Text;

namespace CorpusLint.Cli.Linting;

/// <summary>
/// The one place that ties the engine together for the command line: which rules run with which settings,
/// how a text is analysed and how it is fixed. Commands call this and never a rule directly.
/// </summary>
public sealed class Linter
{
    private readonly AnalyzerDriver _driver;

    public Linter(IEnumerable<Analyzer> analyzers, AnalysisSettings settings)
    {
        _driver = new AnalyzerDriver(analyzers, settings);
    }

    public static Linter CreateDefault() => new(BuiltInRules.CreateAll(), AnalysisSettings.Default);

    public IReadOnlyList<Diagnostic> Analyze(SourceText text, string path) => _driver.Analyze(text, path);

    public FixResult Fix(SourceText text, string path, FixOptions options) =>
        FixEngine.Fix(text, t => _driver.Analyze(t, path), options);
}
