using System.CommandLine;
using CorpusLint.Cli.Hosting;
using CorpusLint.Diagnostics;

namespace CorpusLint.Cli.Commands;

/// <summary>`corpuslint rules`: a table of every rule (id, severity, category, fix, title).</summary>
internal static class RulesCommand
{
    public static Command Create(CliConsole console, Func<IReadOnlyList<DiagnosticDescriptor>> descriptors)
    {
        var format = new Option<string>("--format")
        {
            Description = "text (a table) or markdown (every rule's documentation: what docs/rules.md holds).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "markdown");
        var command = new Command("rules", "List every rule: id, default severity, category, fix safety and title.");
        command.Add(format);
        command.SetAction(result =>
        {
            var rows = descriptors().OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
            if (result.GetValue(format) == "markdown")
            {
                console.Out.Write(RuleDocumentation.RenderCatalogue(rows));
                return ExitCodes.Success;
            }

            int categoryWidth = Math.Max("category".Length, rows.Max(d => d.Category.Length));
            console.Out.WriteLine($"{"id",-8} {"severity",-8} {"category".PadRight(categoryWidth)} {"fix",-6} title");
            foreach (var d in rows)
            {
                string severity = d.IsEnabledByDefault ? d.DefaultSeverity.ToName() : "off";
                console.Out.WriteLine($"{d.Id,-8} {severity,-8} {d.Category.PadRight(categoryWidth)} {FixName(d.FixSafety),-6} {d.Title}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    public static string FixName(FixSafety safety) => safety switch
    {
        FixSafety.Safe => "safe",
        FixSafety.Unsafe => "unsafe",
        _ => "none",
    };
}
