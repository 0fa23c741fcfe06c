namespace CorpusLint.Diagnostics;

/// <summary>
/// An option a rule reads from the configuration (e.g. a similarity threshold), declared on its descriptor so
/// that `corpuslint init` can list it and a misspelt option name in a configuration is an error. The rule
/// still reads it with its own default; <see cref="DefaultValue"/> is that default as JSON text.
/// </summary>
public sealed record RuleOptionDescriptor(string Name, RuleOptionKind Kind, string DefaultValue, string Description);
