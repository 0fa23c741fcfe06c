using CorpusLint.Configuration;
using CorpusLint.Diagnostics;
using CorpusLint.Semantics;
using CorpusLint.Syntax;
using CorpusLint.Text;

namespace CorpusLint.Analysis;

/// <summary>
/// Runs analyzers over documents. Each analyzer is initialised once; per document the driver parses, builds
/// the semantic model and calls the registered actions. Thread-safe: documents may be analysed in parallel.
/// </summary>
public sealed class AnalyzerDriver
{
    /// <summary>Reported instead of crashing when a rule throws, so one bad rule cannot stop a corpus run.</summary>
    public static readonly DiagnosticDescriptor AnalyzerFailed = new(
        "CL0001",
        "A rule failed",
        "Rule {0} failed on this file: {1}",
        "Engine",
        Severity.Error,
        FixSafety.None,
        "A rule threw an exception while analysing the file. The file is left as it is for that rule; please report the bug with the file.");

    private readonly IReadOnlyList<(Analyzer Analyzer, AnalysisContext Actions)> _analyzers;
    private readonly AnalysisSettings _settings;
    private readonly IReadOnlyList<IBoilerplateSignal> _signals;

    public AnalyzerDriver(IEnumerable<Analyzer> analyzers, AnalysisSettings? settings = null)
    {
        _settings = settings ?? AnalysisSettings.Default;
        _analyzers = analyzers.Select(a =>
        {
            var context = new AnalysisContext();
            a.Initialize(context);
            return (a, context);
        }).ToList();
        _signals = _analyzers.Select(a => a.Analyzer).OfType<IBoilerplateSignal>().ToList();
    }

    public IReadOnlyList<Analyzer> Analyzers => _analyzers.Select(a => a.Analyzer).ToList();

    public IReadOnlyList<Diagnostic> Analyze(SourceText text, string path)
    {
        var model = new SemanticModel(ArticleParser.Parse(text), _signals);
        var state = new DocumentState(path, model, _settings.OptionsOf(path), d => _settings.SeverityOf(d, path));
        foreach (var (analyzer, actions) in _analyzers)
        {
            if (analyzer.SupportedDiagnostics.All(d => _settings.SeverityOf(d, path) == Severity.None))
            {
                continue;
            }

            try
            {
                Run(actions, state);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                string ids = string.Join(",", analyzer.SupportedDiagnostics.Select(d => d.Id));
                state.Report(AnalyzerFailed, new TextSpan(0, 0), null, [ids, e.Message]);
            }
        }

        return state.Diagnostics
            .OrderBy(d => d.Location.Span.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Span.End)
            .ToList();
    }

    private static void Run(AnalysisContext actions, DocumentState state)
    {
        var tree = state.Model.Tree;
        foreach (var action in actions.DocumentActions)
        {
            action(new DocumentAnalysisContext(state));
        }

        foreach (var action in actions.BlockActions)
        {
            foreach (var block in tree.Blocks)
            {
                action(new BlockAnalysisContext(state, block));
            }
        }

        foreach (var action in actions.LineActions)
        {
            foreach (var line in tree.Lines)
            {
                if (!line.IsBlank)
                {
                    action(new LineAnalysisContext(state, line));
                }
            }
        }
    }
}
