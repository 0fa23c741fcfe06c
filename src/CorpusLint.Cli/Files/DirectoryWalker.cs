namespace CorpusLint.Cli.Files;

/// <summary>
/// Lists every file below a folder, safely: symbolic links to folders are not followed (a link back to a
/// parent would loop for ever, and a link elsewhere leaves the corpus), a folder that cannot be listed is
/// an error naming it, and a name that is not valid UTF-8 is an error too, since .NET cannot open it again.
/// Problems are collected and the walk goes on with the rest.
/// </summary>
public static class DirectoryWalker
{
    public sealed record Result(IReadOnlyList<string> Files, IReadOnlyList<string> Errors, IReadOnlyList<string> Warnings);

    /// <param name="root">The folder to walk (full path).</param>
    /// <param name="display">Turns a full path into the path shown in messages.</param>
    public static Result Walk(string root, Func<string, string> display)
    {
        var files = new List<string>();
        var errors = new List<string>();
        var warnings = new List<string>();
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            List<FileSystemInfo> entries;
            try
            {
                entries = new DirectoryInfo(folder).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                errors.Add($"{display(folder)}: cannot list the folder: {e.Message}");
                continue;
            }

            foreach (var entry in entries)
            {
                // An undecodable name comes back with U+FFFD in it and no longer names an existing file.
                if (entry.Name.Contains('\uFFFD') && !Path.Exists(entry.FullName))
                {
                    errors.Add($"{display(entry.FullName)}: the name is not valid UTF-8 (shown with �), so it cannot be opened; rename it");
                }
                else if (entry is DirectoryInfo && entry.LinkTarget is not null)
                {
                    warnings.Add($"{display(entry.FullName)}: a symbolic link to a folder; not followed");
                }
                else if (entry is DirectoryInfo directory)
                {
                    pending.Push(directory.FullName);
                }
                else
                {
                    files.Add(entry.FullName);
                }
            }
        }

        return new Result(files, errors, warnings);
    }
}
