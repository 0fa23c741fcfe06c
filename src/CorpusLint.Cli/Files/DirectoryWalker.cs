using System.IO.Enumeration;

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
            List<Entry> entries;
            try
            {
                entries = [.. new FileSystemEnumerable<Entry>(folder, ToEntry, AllEntries).OrderBy(e => e.Name, StringComparer.Ordinal)];
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                errors.Add($"{display(folder)}: cannot list the folder: {e.Message}");
                continue;
            }

            foreach (var entry in entries)
            {
                // An undecodable name comes back with U+FFFD in it and no longer names an existing file.
                if (entry.Name.Contains('\uFFFD') && !Path.Exists(entry.FullPath))
                {
                    errors.Add($"{display(entry.FullPath)}: the name is not valid UTF-8 (shown with �), so it cannot be opened; rename it");
                }
                else if (entry.IsLinkToFolder)
                {
                    warnings.Add($"{display(entry.FullPath)}: a symbolic link to a folder; not followed");
                }
                else if (entry.IsFolder)
                {
                    pending.Push(entry.FullPath);
                }
                else
                {
                    files.Add(entry.FullPath);
                }
            }
        }

        return new Result(files, errors, warnings);
    }

    // What DirectoryInfo.EnumerateFileSystemInfos() lists (every entry, hidden ones too), without making a
    // FileSystemInfo for each: a corpus folder holds thousands of files, and only folders need their attributes.
    private static readonly EnumerationOptions AllEntries = new() { AttributesToSkip = 0, IgnoreInaccessible = false, RecurseSubdirectories = false };

    private static Entry ToEntry(ref FileSystemEntry entry)
    {
        bool isFolder = entry.IsDirectory;
        return new(entry.FileName.ToString(), entry.ToFullPath(), isFolder, isFolder && (entry.Attributes & FileAttributes.ReparsePoint) != 0);
    }

    private readonly record struct Entry(string Name, string FullPath, bool IsFolder, bool IsLinkToFolder);
}
