using System.Text;
using CorpusLint.Diagnostics;

namespace CorpusLint.Cli.Commands;

/// <summary>A rule's documentation as Markdown, from its descriptor: the single source for explain and docs/rules.md.</summary>
public static class RuleDocumentation
{
    public static string Render(DiagnosticDescriptor d)
    {
        var text = new StringBuilder();
        text.Append($"## {d.Id}: {d.Title}\n\n");
        text.Append($"- Category: {d.Category}\n");
        text.Append($"- Default severity: {(d.IsEnabledByDefault ? d.DefaultSeverity.ToName() : "off")}\n");
        text.Append($"- Fix: {RulesCommand.FixName(d.FixSafety)}{SafetyNote(d.FixSafety)}\n\n");
        text.Append(d.Description).Append("\n\n");
        if (d.Example.Length > 0)
        {
            text.Append("Example:\n\n").Append(string.Join('\n', d.Example.Split('\n').Select(l => "    " + l))).Append("\n\n");
        }

        if (d.Options.Count > 0)
        {
            text.Append($"Options (in corpuslint.json: `\"{d.Id}\": {{ \"options\": {{ ... }} }}`):\n\n");
            foreach (var option in d.Options)
            {
                text.Append($"- `{option.Name}` (default `{option.DefaultValue}`): {option.Description}\n");
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static string SafetyNote(FixSafety safety) => safety switch
    {
        FixSafety.Safe => " (applied by `corpuslint fix`; cannot remove article prose)",
        FixSafety.Unsafe => " (a judgement call: applied only with `--unsafe-fixes`)",
        _ => " (report only)",
    };
}
