using System.Text;
using System.Text.Json;
using CorpusLint.Cli.Commands;
using CorpusLint.Configuration;
using CorpusLint.Diagnostics;

namespace CorpusLint.Cli.Configuration;

/// <summary>
/// The corpuslint.json that `corpuslint init` writes: every rule that exists at run time at its default
/// severity (with its options at their defaults), a comment on each, and every other setting with a comment
/// saying what it does. Reading it back gives the same behaviour as having no file.
/// </summary>
internal static class StarterConfig
{
    public const string SchemaUrl = "https://raw.githubusercontent.com/corpuslint/corpuslint/main/schemas/corpuslint.schema.json";

    public static string Render(IReadOnlyList<DiagnosticDescriptor> rules)
    {
        var text = new StringBuilder();
        text.Append("""
            // CorpusLint configuration. Comments and trailing commas are allowed.
            // Command-line flags (--select, --ignore, --severity ID=level) win over this file.
            {
              "$schema": "
            """).Append(SchemaUrl).Append("""
            ",

              // Do not look for corpuslint.json files in the folders above this one.
              "root": true,

              // Files to check and files to skip: globs relative to this file's folder.
              "include": ["**/*.txt"],
              "exclude": [],

              // Also apply fixes marked unsafe (judgement calls) without `fix --unsafe-fixes`.
              "unsafeFixes": false,

              // Every rule at its default severity: error, warning, info or none (off).
              "rules": {

            """);
        foreach (var rule in rules.OrderBy(r => r.Id, StringComparer.Ordinal))
        {
            AppendRule(text, rule);
        }

        text.Append("""
              },

              // Other settings for some paths, applied after the ones above, e.g. one site's folder:
              //   { "files": ["sites/example/**"], "rules": { "CL2002": "none" }, "unsafeFixes": true }
              "overrides": [],

              // Your own rule packs (*.json in the format of CorpusLint's rules/), relative to this file.
              // Their rule ids must not start with CL.
              "rulePacks": []
            }

            """);
        return text.ToString();
    }

    private static void AppendRule(StringBuilder text, DiagnosticDescriptor rule)
    {
        string severity = Quote((rule.IsEnabledByDefault ? rule.DefaultSeverity : Severity.None).ToName());
        text.Append($"    // {rule.Title} ({rule.Category}; fix: {RulesCommand.FixName(rule.FixSafety)}{(rule.IsEnabledByDefault ? string.Empty : "; off by default")})\n");
        if (rule.Options.Count == 0)
        {
            text.Append($"    {Quote(rule.Id)}: {severity},\n");
            return;
        }

        foreach (var option in rule.Options)
        {
            text.Append($"    //   {option.Name}: {option.Description}\n");
        }

        var options = string.Join(", ", rule.Options.Select(o => $"{Quote(o.Name)}: {(o.Kind == RuleOptionKind.String ? Quote(o.DefaultValue) : o.DefaultValue)}"));
        text.Append($"    {Quote(rule.Id)}: {{ \"severity\": {severity}, \"options\": {{ {options} }} }},\n");
    }

    private static string Quote(string value) => JsonSerializer.Serialize(value, StarterConfigJsonContext.Default.String);
}

[System.Text.Json.Serialization.JsonSerializable(typeof(string))]
internal sealed partial class StarterConfigJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
