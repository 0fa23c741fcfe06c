using System.CommandLine;
using System.Text;
using CorpusLint.Cli.Configuration;
using CorpusLint.Cli.Hosting;
using CorpusLint.Cli.Output;
using CorpusLint.Configuration;
using CorpusLint.Diagnostics;

namespace CorpusLint.Cli.Commands;

/// <summary>`corpuslint init`: write a starter corpuslint.json listing every rule at its default.</summary>
internal static class InitCommand
{
    public static Command Create(CliConsole console, Func<IReadOnlyList<DiagnosticDescriptor>> descriptors)
    {
        var force = new Option<bool>("--force") { Description = $"Overwrite an existing {ConfigFile.FileName}." };
        var command = new Command("init", $"Write a starter {ConfigFile.FileName} in the current directory: every rule at its default, with a comment each.");
        command.Add(force);
        command.SetAction(result =>
        {
            var path = Path.Combine(console.WorkingDirectory, ConfigFile.FileName);
            if (File.Exists(path) && !result.GetValue(force))
            {
                console.Error.WriteLine($"error: {ConfigFile.FileName} already exists; use --force to overwrite it");
                return ExitCodes.Error;
            }

            var rules = descriptors();
            try
            {
                AtomicFileWriter.Write(path, Encoding.UTF8.GetBytes(StarterConfig.Render(rules)), expectedCurrentContent: null);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                console.Error.WriteLine($"error: {ConfigFile.FileName}: cannot write the configuration: {e.Message}");
                return ExitCodes.Error;
            }

            console.Out.WriteLine($"Wrote {ConfigFile.FileName} with {rules.Count} rules at their defaults.");
            return ExitCodes.Success;
        });
        return command;
    }
}
