using System.Buffers;
using Microsoft.Extensions.FileSystemGlobbing;

namespace CorpusLint.Cli.Files;

/// <summary>
/// Turns PATH|GLOB arguments into files: a directory means its files matching the include globs (default
/// **/*.txt) minus the exclude globs; a glob is matched from the working directory; '-' is standard input.
/// Missing paths are errors; a glob that matches nothing is a warning, never a silent success.
/// </summary>
public sealed class FileDiscovery(string workingDirectory, IReadOnlyList<string> includes, IReadOnlyList<string> excludes)
{
    public static readonly IReadOnlyList<string> DefaultIncludes = ["**/*.txt"];

    public DiscoveryResult Discover(IReadOnlyList<string> arguments, string? stdinFileName)
    {
        var files = new Dictionary<string, InputFile>(StringComparer.Ordinal);
        var errors = new List<string>();
        var warnings = new List<string>();
        var stdin = new List<InputFile>();
        foreach (var argument in arguments.Count == 0 ? ["."] : arguments)
        {
            if (argument == "-")
            {
                var name = stdinFileName ?? "<stdin>";
                stdin.Add(new InputFile(null, name, Path.GetFileName(name)));
            }
            else if (IsGlob(argument))
            {
                AddGlob(argument, files, errors, warnings);
            }
            else
            {
                AddPath(argument, files, errors, warnings);
            }
        }

        var ordered = files.Values.OrderBy(f => f.DisplayPath, StringComparer.Ordinal).ToList();
        return new DiscoveryResult([.. stdin, .. ordered], errors, warnings);
    }

    // What char.IsControl is true of: C0, DEL and C1.
    private static readonly SearchValues<char> ControlCharacters =
        SearchValues.Create([.. Enumerable.Range(0, 0xA0).Where(c => char.IsControl((char)c)).Select(c => (char)c)]);

    public string DisplayPathOf(string fullPath)
    {
        var relative = Path.GetRelativePath(workingDirectory, fullPath).Replace(Path.DirectorySeparatorChar, '/');

        // A newline or other control character in a file name would break the one-line-per-diagnostic reports.
        // Asked of every file a run discovers, before any is checked: a vectorised search, not a LINQ scan.
        return relative.AsSpan().ContainsAny(ControlCharacters)
            ? string.Concat(relative.Select(c => char.IsControl(c) ? (c == '\n' ? "\\n" : $"\\x{(int)c:X2}") : c.ToString()))
            : relative;
    }

    private static bool IsGlob(string argument) => argument.IndexOfAny(['*', '?', '[', '{']) >= 0;

    private void AddPath(string argument, Dictionary<string, InputFile> files, List<string> errors, List<string> warnings)
    {
        var full = Path.GetFullPath(argument, workingDirectory);
        if (File.Exists(full))
        {
            Add(files, full, Path.GetFileName(full));
            return;
        }

        if (!Directory.Exists(full))
        {
            errors.Add($"{argument}: no such file or directory");
            return;
        }

        int before = files.Count;
        foreach (var match in Match(includes, full, errors, warnings))
        {
            Add(files, match, Path.GetRelativePath(full, match));
        }

        if (files.Count == before)
        {
            warnings.Add($"{argument}: no files matched {string.Join(", ", includes)}");
        }
    }

    private void AddGlob(string pattern, Dictionary<string, InputFile> files, List<string> errors, List<string> warnings)
    {
        // Match from the longest leading part without wildcards, so "../corpus/**/*.txt" works too.
        var parts = pattern.Replace('\\', '/').Split('/');
        int literal = parts.TakeWhile(p => !IsGlob(p)).Count();
        var root = Path.GetFullPath(literal == 0 ? "." : string.Join('/', parts[..literal]) is { Length: > 0 } r ? r : "/", workingDirectory);
        var rest = string.Join('/', parts[literal..]);
        int before = files.Count;
        if (Directory.Exists(root))
        {
            foreach (var match in Match([rest], root, errors, warnings))
            {
                Add(files, match, Path.GetRelativePath(root, match));
            }
        }

        if (files.Count == before)
        {
            warnings.Add($"{pattern}: the glob matched no files");
        }
    }

    // The walker lists the files (loop-safe, problems reported); the globs only filter the list.
    private IEnumerable<string> Match(IReadOnlyList<string> globs, string root, List<string> errors, List<string> warnings)
    {
        var walked = DirectoryWalker.Walk(root, DisplayPathOf);
        errors.AddRange(walked.Errors);
        warnings.AddRange(walked.Warnings);
        if (excludes.Count == 0 && NameEndings(globs) is { } endings)
        {
            return walked.Files.Where(file => endings.Any(ending => Path.GetFileName(file.AsSpan()).EndsWith(ending, StringComparison.Ordinal)));
        }

        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddIncludePatterns(globs);
        matcher.AddExcludePatterns(excludes);
        return matcher.Match(root, walked.Files).Files.Select(f => Path.GetFullPath(f.Path, root));
    }

    // Globs that all say "any file whose name ends so, at any depth" (the default **/*.txt): the name endings,
    // matched without the general matcher, which costs a corpus of thousands of files tens of milliseconds.
    private static string[]? NameEndings(IReadOnlyList<string> globs)
    {
        var endings = new string[globs.Count];
        for (int i = 0; i < globs.Count; i++)
        {
            if (!globs[i].StartsWith("**/*", StringComparison.Ordinal) || globs[i][4..] is var ending && (IsGlob(ending) || ending.Contains('/') || ending.Contains('\\')))
            {
                return null;
            }

            endings[i] = ending;
        }

        return endings;
    }

    private void Add(Dictionary<string, InputFile> files, string fullPath, string relativePath) =>
        files.TryAdd(fullPath, new InputFile(fullPath, DisplayPathOf(fullPath), relativePath));
}

/// <summary>What discovery found: the files in a stable order, plus the errors and warnings to print.</summary>
public sealed record DiscoveryResult(IReadOnlyList<InputFile> Files, IReadOnlyList<string> Errors, IReadOnlyList<string> Warnings);
