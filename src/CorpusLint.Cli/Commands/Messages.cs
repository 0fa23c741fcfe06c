using CorpusLint.Cli.Files;
using CorpusLint.Cli.Hosting;

namespace CorpusLint.Cli.Commands;

/// <summary>How verbs tell the user about discovery problems, in one wording.</summary>
internal static class Messages
{
    /// <summary>Prints discovery errors and warnings; false when an error means the run must stop.</summary>
    public static bool ReportDiscovery(DiscoveryResult discovered, CliConsole console)
    {
        foreach (var warning in discovered.Warnings)
        {
            console.Error.WriteLine($"warning: {warning}");
        }

        foreach (var error in discovered.Errors)
        {
            console.Error.WriteLine($"error: {error}");
        }

        return discovered.Errors.Count == 0;
    }
}
