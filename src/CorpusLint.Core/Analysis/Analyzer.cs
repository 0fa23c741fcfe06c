using CorpusLint.Diagnostics;

namespace CorpusLint.Analysis;

/// <summary>
/// A rule's analyzer. It declares the descriptors it reports and, in <see cref="Initialize"/>, registers the
/// smallest action that sees what it needs. Analyzers only report; they never write.
/// </summary>
public abstract class Analyzer
{
    public abstract IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; }

    public abstract void Initialize(AnalysisContext context);
}
