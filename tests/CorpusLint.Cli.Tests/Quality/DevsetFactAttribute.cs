using CorpusLint.Testing;

namespace CorpusLint.Cli.Tests.Quality;

/// <summary>
/// A test that needs ../shared/devset (or the folder CORPUSLINT_DEVSET names, e.g. from a worktree); it skips,
/// saying why, where that folder is absent (a user's clone).
/// </summary>
public sealed class DevsetFactAttribute : FactAttribute
{
    public static string Devset => Environment.GetEnvironmentVariable("CORPUSLINT_DEVSET") is { Length: > 0 } folder
        ? folder
        : Path.Combine(RepositoryPaths.Shared, "devset");

    public DevsetFactAttribute()
    {
        if (!Directory.Exists(Path.Combine(Devset, "input")) || !Directory.Exists(Path.Combine(Devset, "gold")))
        {
            Skip = $"the development set is not here ({Devset}); it sits beside the project's own checkout only";
        }
    }
}
