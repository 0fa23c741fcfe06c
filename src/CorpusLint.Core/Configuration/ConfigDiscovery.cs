using System.Collections.Concurrent;

namespace CorpusLint.Configuration;

/// <summary>
/// Finds the configuration files that apply to a folder: every corpuslint.json from the folder up to the
/// repository root (the folder holding .git), stopping early at a file that says "root": true. With an
/// explicit file (--config) that file alone applies everywhere. Files are read once and cached, failures
/// too, so a corpus of many files in one folder costs one read.
/// </summary>
public sealed class ConfigDiscovery
{
    private readonly ConfigFile? _explicit;
    private readonly ConcurrentDictionary<string, (ConfigFile? File, ConfigurationException? Error)> _byDirectory = new(StringComparer.Ordinal);

    private ConfigDiscovery(ConfigFile? explicitFile) => _explicit = explicitFile;

    /// <summary>Discovery by walking up from each folder.</summary>
    public static ConfigDiscovery WalkingUp() => new(null);

    /// <summary>One named file for every path; throws <see cref="ConfigurationException"/> when it is missing or bad.</summary>
    public static ConfigDiscovery FromFile(string fullPath) =>
        File.Exists(fullPath)
            ? new(ConfigFileReader.ReadFile(fullPath))
            : throw new ConfigurationException(new ConfigurationError(fullPath, 0, 0, "the configuration file does not exist"));

    /// <summary>
    /// The configurations for files in <paramref name="directory"/>, the farthest first, so that applying them
    /// in order lets the nearest win. Throws <see cref="ConfigurationException"/> for a bad file on the way.
    /// </summary>
    public IReadOnlyList<ConfigFile> ChainFor(string directory)
    {
        if (_explicit is not null)
        {
            return [_explicit];
        }

        var chain = new List<ConfigFile>();
        for (var current = new DirectoryInfo(directory); current is not null; current = current.Parent)
        {
            var (file, error) = _byDirectory.GetOrAdd(current.FullName, Load);
            if (error is not null)
            {
                throw error;
            }

            if (file is not null)
            {
                chain.Add(file);
                if (file.IsRoot)
                {
                    break;
                }
            }

            if (IsRepositoryRoot(current))
            {
                break;
            }
        }

        chain.Reverse();
        return chain;
    }

    private static (ConfigFile?, ConfigurationException?) Load(string directory)
    {
        var path = Path.Combine(directory, ConfigFile.FileName);
        if (!File.Exists(path))
        {
            return (null, null);
        }

        try
        {
            return (ConfigFileReader.ReadFile(path), null);
        }
        catch (ConfigurationException e)
        {
            return (null, e);
        }
    }

    // A worktree or submodule has a .git file rather than a folder; both mark the top of a repository.
    private static bool IsRepositoryRoot(DirectoryInfo directory) => Path.Exists(Path.Combine(directory.FullName, ".git"));
}
