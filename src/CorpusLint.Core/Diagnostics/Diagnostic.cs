namespace CorpusLint.Diagnostics;

/// <summary>
/// One finding: which rule, where, what it says, how serious, the fix that would remove it, and how sure the
/// rule is (1 for a rule that matches what it names; lower for a judgement call).
/// </summary>
public sealed record Diagnostic(DiagnosticDescriptor Descriptor, Location Location, string Message, Severity Severity, CodeFix? Fix, double Confidence = 1.0)
{
    public string Id => Descriptor.Id;

    public bool IsFixable => Fix is not null;

    /// <summary>Whether `fix` applies this diagnostic's fix without being asked for unsafe fixes.</summary>
    public bool IsFixAppliedByDefault => Fix is not null && (Descriptor.FixSafety == FixSafety.Safe
        || (Descriptor.FixSafety == FixSafety.Unsafe && Descriptor.DefaultFixConfidence is { } threshold && Confidence >= threshold));

    public override string ToString() => $"{Location.Path}({Location.Line},{Location.Column}): {Severity.ToName()} {Id}: {Message}";
}
