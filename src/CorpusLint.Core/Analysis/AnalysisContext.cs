namespace CorpusLint.Analysis;

/// <summary>What an analyzer registers in <see cref="Analyzer.Initialize"/>: actions per line, block or document.</summary>
public sealed class AnalysisContext
{
    internal List<Action<LineAnalysisContext>> LineActions { get; } = [];

    internal List<Action<BlockAnalysisContext>> BlockActions { get; } = [];

    internal List<Action<DocumentAnalysisContext>> DocumentActions { get; } = [];

    /// <summary>Called for every non-blank line.</summary>
    public void RegisterLineAction(Action<LineAnalysisContext> action) => LineActions.Add(action);

    /// <summary>Called for every block (run of non-blank lines).</summary>
    public void RegisterBlockAction(Action<BlockAnalysisContext> action) => BlockActions.Add(action);

    /// <summary>Called once per document, for rules that compare lines with each other.</summary>
    public void RegisterDocumentAction(Action<DocumentAnalysisContext> action) => DocumentActions.Add(action);
}
