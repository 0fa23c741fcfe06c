using CorpusLint.Configuration;
using CorpusLint.Diagnostics;
using CorpusLint.Semantics;
using CorpusLint.Syntax;
using CorpusLint.Text;

namespace CorpusLint.Analysis;

/// <summary>What every action sees: the document, its model, the rule options, and a way to report.</summary>
public abstract class ReportingContext
{
    private readonly DocumentState _state;

    private protected ReportingContext(DocumentState state) => _state = state;

    public string Path => _state.Path;

    public SourceText Text => _state.Model.Tree.Text;

    public ArticleTree Tree => _state.Model.Tree;

    public SemanticModel Model => _state.Model;

    public RuleOptions Options => _state.Options;

    public void Report(DiagnosticDescriptor descriptor, TextSpan span, CodeFix? fix, params object?[] messageArguments) =>
        _state.Report(descriptor, span, fix, messageArguments);

    /// <summary>Reports a whole line as junk, with the fix that deletes it and its line break.</summary>
    public void ReportLine(DiagnosticDescriptor descriptor, ArticleLine line, params object?[] messageArguments) =>
        Report(descriptor, line.Span, CodeFix.RemoveSpan("Remove the line", line.SpanIncludingLineBreak), messageArguments);

    /// <summary>Reports a whole line as junk by a judgement call of the given confidence (0 to 1).</summary>
    public void ReportJudgement(DiagnosticDescriptor descriptor, ArticleLine line, double confidence, params object?[] messageArguments) =>
        _state.Report(descriptor, line.Span, CodeFix.RemoveSpan("Remove the line", line.SpanIncludingLineBreak), messageArguments, confidence);
}

/// <summary>
/// What a line action sees. The driver moves one context from line to line (as Roslyn's contexts are values
/// passed to one call), so an action must not keep it, or its <see cref="Line"/>, past its call.
/// </summary>
public sealed class LineAnalysisContext : ReportingContext
{
    internal LineAnalysisContext(DocumentState state) : base(state)
    {
    }

    public ArticleLine Line { get; internal set; } = null!;
}

/// <summary>What a block action sees; like <see cref="LineAnalysisContext"/>, valid only during the call.</summary>
public sealed class BlockAnalysisContext : ReportingContext
{
    internal BlockAnalysisContext(DocumentState state) : base(state)
    {
    }

    public ArticleBlock Block { get; internal set; } = null!;
}

public sealed class DocumentAnalysisContext : ReportingContext
{
    internal DocumentAnalysisContext(DocumentState state) : base(state)
    {
    }
}
