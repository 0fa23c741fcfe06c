namespace CorpusLint.Configuration;

/// <summary>Where a value sits in a configuration file (one-based line and column), for error messages.</summary>
public readonly record struct SourcePosition(int Line, int Column)
{
    public ConfigurationError Error(string path, string message) => new(path, Line, Column, message);
}
