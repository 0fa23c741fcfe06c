using Microsoft.Extensions.FileSystemGlobbing;

namespace CorpusLint.Configuration;

/// <summary>
/// Globs (`**/*.txt`, `sites/example/**`) relative to a folder, matched against full paths in memory, with
/// the same engine the command line uses to find files so both read a glob the same way.
/// </summary>
public sealed class PathGlobs
{
    private readonly Matcher _matcher = new(StringComparison.Ordinal);

    public PathGlobs(string baseDirectory, IReadOnlyList<string> patterns)
    {
        BaseDirectory = baseDirectory;
        Patterns = patterns;
        _matcher.AddIncludePatterns(patterns);
    }

    public string BaseDirectory { get; }

    public IReadOnlyList<string> Patterns { get; }

    /// <summary>True when the file is below <see cref="BaseDirectory"/> and matches one of the globs.</summary>
    public bool Matches(string fullPath)
    {
        var relative = System.IO.Path.GetRelativePath(BaseDirectory, fullPath);
        if (relative == ".." || relative.StartsWith(".." + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal) || System.IO.Path.IsPathRooted(relative))
        {
            return false;
        }

        return _matcher.Match(relative.Replace(System.IO.Path.DirectorySeparatorChar, '/')).HasMatches;
    }
}
