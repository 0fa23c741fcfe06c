using CorpusLint.Configuration;
using CorpusLint.Diagnostics;
using CorpusLint.Semantics;
using CorpusLint.Text;

namespace CorpusLint.Analysis;

/// <summary>The per-document state one driver run shares with every action: where reports go.</summary>
internal sealed class DocumentState(string path, SemanticModel model, RuleOptions options, Func<DiagnosticDescriptor, Severity> severityOf)
{
    // A rule's severity for this document, asked of the configuration once, not once per diagnostic (a page's
    // furniture gives hundreds). Keyed by the descriptor object: a record's hash would read all its text.
    private readonly Dictionary<DiagnosticDescriptor, Severity> _severities = new(ReferenceEqualityComparer.Instance);

    public string Path { get; } = path;

    public SemanticModel Model { get; } = model;

    public RuleOptions Options { get; } = options;

    public List<Diagnostic> Diagnostics { get; } = [];

    public void Report(DiagnosticDescriptor descriptor, TextSpan span, CodeFix? fix, object?[] messageArguments, double confidence = 1.0)
    {
        if (!_severities.TryGetValue(descriptor, out var severity))
        {
            _severities[descriptor] = severity = severityOf(descriptor);
        }

        if (severity == Severity.None)
        {
            return;
        }

        var location = Location.Create(Path, Model.Tree.Text, span);
        var offeredFix = descriptor.IsFixable ? fix : null;
        Diagnostics.Add(new Diagnostic(descriptor, location, descriptor.FormatMessage(messageArguments), severity, offeredFix, confidence));
    }
}
