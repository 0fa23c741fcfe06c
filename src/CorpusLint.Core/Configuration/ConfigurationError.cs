namespace CorpusLint.Configuration;

/// <summary>
/// One problem in a configuration: the file, the one-based line and column, and what was expected, in the
/// `path(line,col): message` form editors and CI annotations understand.
/// </summary>
public sealed record ConfigurationError(string Path, int Line, int Column, string Message)
{
    public override string ToString() => Line > 0 ? $"{Path}({Line},{Column}): {Message}" : $"{Path}: {Message}";
}

/// <summary>A configuration that cannot be used; it carries every problem found, not only the first.</summary>
public sealed class ConfigurationException(IReadOnlyList<ConfigurationError> errors, ConfigFile? partial = null)
    : Exception(string.Join(Environment.NewLine, errors))
{
    public ConfigurationException(ConfigurationError error)
        : this([error])
    {
    }

    public IReadOnlyList<ConfigurationError> Errors { get; } = errors;

    /// <summary>
    /// What could be read of a file that is valid JSON but has bad settings, so that the rest of it can still be
    /// checked (unknown rule ids, options) and every problem reported in one run; null for malformed JSON.
    /// </summary>
    public ConfigFile? Partial { get; } = partial;
}
