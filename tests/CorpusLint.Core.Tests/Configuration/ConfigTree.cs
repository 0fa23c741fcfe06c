namespace CorpusLint.Core.Tests.Configuration;

/// <summary>A throw-away repository (a folder with .git) to lay out configuration files in; deleted after the test.</summary>
internal sealed class ConfigTree : IDisposable
{
    public ConfigTree()
    {
        Root = Path.Combine(Path.GetTempPath(), "corpuslint-config-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, ".git"));
    }

    public string Root { get; }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public string Write(string relative, string content)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; never fail a test over clean-up.
        }
    }
}
