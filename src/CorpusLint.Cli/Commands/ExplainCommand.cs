using System.CommandLine;
using CorpusLint.Cli.Hosting;
using CorpusLint.Diagnostics;

namespace CorpusLint.Cli.Commands;

/// <summary>`corpuslint explain CL1234`: a rule's documentation, like `ruff rule`.</summary>
internal static class ExplainCommand
{
    public static Command Create(CliConsole console, Func<IReadOnlyList<DiagnosticDescriptor>> descriptors)
    {
        var id = new Argument<string>("rule-id") { Description = "The rule's id, e.g. CL2001." };
        var command = new Command("explain", "Print a rule's documentation: what it finds, why, an example, its fix.");
        command.Add(id);
        command.SetAction(result =>
        {
            var wanted = result.GetValue(id)!.Trim();
            var descriptor = descriptors().FirstOrDefault(d => string.Equals(d.Id, wanted, StringComparison.OrdinalIgnoreCase));
            if (descriptor is null)
            {
                console.Error.WriteLine($"error: no rule with id '{wanted}'; `corpuslint rules` lists them");
                return ExitCodes.Error;
            }

            console.Out.Write(RuleDocumentation.Render(descriptor));
            return ExitCodes.Success;
        });
        return command;
    }
}
