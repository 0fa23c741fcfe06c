using CorpusLint.Testing;

namespace CorpusLint.Cli.Tests;

/// <summary>
/// A throw-away folder, optionally seeded with a copy of fixture files, deleted after the test. It is a
/// repository root (it has .git), so no corpuslint.json above it changes what a test sees.
/// </summary>
internal sealed class TempCorpus : IDisposable
{
    // Folders holding a name that only the shell can delete (see WriteFileNamedInvalidUtf8).
    private readonly List<string> _foldersWithInvalidNames = [];

    public TempCorpus()
    {
        Root = Path.Combine(Path.GetTempPath(), "corpuslint-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, ".git"));
    }

    public string Root { get; }

    public static TempCorpus WithSeeds()
    {
        var corpus = new TempCorpus();
        var target = Directory.CreateDirectory(Path.Combine(corpus.Root, "seeds")).FullName;
        foreach (var file in Directory.GetFiles(RepositoryPaths.Fixture("seeds", "input")))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        return corpus;
    }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public string Write(string relative, byte[] content)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    public string Write(string relative, string content) => Write(relative, System.Text.Encoding.UTF8.GetBytes(content));

    /// <summary>
    /// Creates a file whose name is not valid UTF-8 (`bad` and the byte 0xFF, then `.txt`) in a folder of the corpus,
    /// through the shell: .NET cannot create such a name (its strings are Unicode). Dispose removes it the same way,
    /// since .NET cannot delete it either.
    /// </summary>
    public void WriteFileNamedInvalidUtf8(string folder)
    {
        Directory.CreateDirectory(PathOf(folder));
        Shell($"printf 'Title\\n' > \"$(printf '{folder}/bad\\377.txt')\"");
        _foldersWithInvalidNames.Add(folder);
    }

    private void Shell(string script)
    {
        using var shell = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("sh", ["-c", script]) { WorkingDirectory = Root })!;
        shell.WaitForExit();
        if (shell.ExitCode != 0)
        {
            throw new InvalidOperationException($"sh -c {script} exited with {shell.ExitCode}");
        }
    }

    /// <summary>Every corpus file below the root with its bytes, to prove a command wrote nothing (the result cache is not corpus).</summary>
    public Dictionary<string, string> Snapshot() =>
        Directory.GetFiles(Root, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(Root, f).StartsWith(CorpusLint.Cli.Caching.ResultCache.DirectoryName + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .ToDictionary(f => Path.GetRelativePath(Root, f), f => Convert.ToBase64String(File.ReadAllBytes(f)));

    public void Dispose()
    {
        try
        {
            foreach (var folder in _foldersWithInvalidNames)
            {
                Shell($"rm -f \"$(printf '{folder}/bad\\377.txt')\"");
            }

            Directory.Delete(Root, recursive: true);
        }
        catch (Exception e) when (e is IOException or InvalidOperationException)
        {
            // A leftover temp folder is harmless; never fail a test over clean-up.
        }
    }
}
