namespace CorpusLint.Diagnostics;

/// <summary>
/// Everything fixed about a rule, declared once at the top of its file (Roslyn's pattern). The id is stable
/// forever; <see cref="MessageFormat"/> is a composite format string filled with the finding's arguments.
/// </summary>
public sealed record DiagnosticDescriptor(
    string Id,
    string Title,
    string MessageFormat,
    string Category,
    Severity DefaultSeverity,
    FixSafety FixSafety,
    string Description,
    bool IsEnabledByDefault = true)
{
    /// <summary>A composite format string filled with the finding's arguments (read once: <see cref="MessageTemplate"/>).</summary>
    public string MessageFormat
    {
        get;
        init
        {
            field = value;
            _message = MessageTemplate.Of(value);
        }
    } = MessageFormat;

    // Set from the primary constructor's format here, since a property's initializer bypasses its init accessor;
    // a `with` that changes the format goes through the accessor.
    private readonly MessageTemplate _message = MessageTemplate.Of(MessageFormat);

    /// <summary>Before/after example shown by `corpuslint explain`; empty when the description says it all.</summary>
    public string Example { get; init; } = string.Empty;

    /// <summary>The options the rule reads from the configuration; empty when it has none.</summary>
    public IReadOnlyList<RuleOptionDescriptor> Options { get; init; } = [];

    /// <summary>
    /// For an unsafe fix: the confidence at or above which `fix` applies it without --unsafe-fixes (null: never).
    /// DESIGN.md's rule for judgement calls that are right often enough to be the default; docs show it.
    /// </summary>
    public double? DefaultFixConfidence { get; init; }

    /// <summary>Where the rule's documentation lives.</summary>
    public string HelpLink => $"https://github.com/corpuslint/corpuslint/blob/main/docs/rules.md#{Id.ToLowerInvariant()}";

    public bool IsFixable => FixSafety != FixSafety.None;

    public string FormatMessage(params object?[] arguments) =>
        arguments.Length == 0 ? MessageFormat : _message.Format(arguments);
}
