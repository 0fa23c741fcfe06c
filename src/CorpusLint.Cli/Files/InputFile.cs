namespace CorpusLint.Cli.Files;

/// <summary>
/// A file to process. <see cref="DisplayPath"/> is what reports show (relative to the working directory,
/// '/' separators); <see cref="RelativePath"/> is its path below the argument it was found under, which
/// is where --output-dir puts its fixed copy. A null <see cref="FullPath"/> means standard input.
/// </summary>
public sealed record InputFile(string? FullPath, string DisplayPath, string RelativePath)
{
    public bool IsStandardInput => FullPath is null;
}
