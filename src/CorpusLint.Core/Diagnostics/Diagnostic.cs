namespace CorpusLint.Diagnostics;

/// <summary>One finding: which rule, where, what it says, how serious, and the fix that would remove it.</summary>
public sealed record Diagnostic(DiagnosticDescriptor Descriptor, Location Location, string Message, Severity Severity, CodeFix? Fix)
{
    public string Id => Descriptor.Id;

    public bool IsFixable => Fix is not null;

    public override string ToString() => $"{Location.Path}({Location.Line},{Location.Column}): {Severity.ToName()} {Id}: {Message}";
}
