using System.Globalization;
using CorpusLint.Diagnostics;

namespace CorpusLint.Configuration;

/// <summary>
/// Checks a configuration against the rules that exist at run time (built-in and the user's packs): an
/// unknown rule id, an option the rule does not have, or an option of the wrong type is an error at its line.
/// </summary>
public static class ConfigValidator
{
    public static IReadOnlyList<ConfigurationError> Validate(ConfigFile file, IReadOnlyDictionary<string, DiagnosticDescriptor> rules)
    {
        var errors = new List<ConfigurationError>();
        foreach (var rule in file.Rules.Concat(file.Overrides.SelectMany(o => o.Rules)))
        {
            if (!rules.TryGetValue(rule.Id, out var descriptor))
            {
                errors.Add(rule.Position.Error(file.Path, $"unknown rule id '{rule.Id}'{Suggestion(rule.Id, rules.Keys)}; `corpuslint rules` lists them"));
                continue;
            }

            foreach (var option in rule.Options)
            {
                var declared = descriptor.Options.FirstOrDefault(o => o.Name == option.Name);
                if (declared is null)
                {
                    string known = descriptor.Options.Count == 0 ? "it has no options" : $"expected one of {string.Join(", ", descriptor.Options.Select(o => o.Name))}";
                    errors.Add(option.Position.Error(file.Path, $"rule {rule.Id} has no option '{option.Name}'; {known}"));
                }
                else if (declared.Kind != option.Kind || declared.Kind == RuleOptionKind.Number && !double.TryParse(option.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                {
                    errors.Add(option.Position.Error(file.Path, $"option {option.Name} of rule {rule.Id}: expected {KindName(declared.Kind)}, like its default {declared.DefaultValue}"));
                }
            }
        }

        return errors;
    }

    private static string KindName(RuleOptionKind kind) => kind switch
    {
        RuleOptionKind.Number => "a number",
        RuleOptionKind.Boolean => "true or false",
        _ => "a string",
    };

    // "CL201" or "cl2001": point at the id the user most likely meant.
    private static string Suggestion(string id, IEnumerable<string> known)
    {
        var match = known.FirstOrDefault(k => string.Equals(k, id, StringComparison.OrdinalIgnoreCase))
            ?? known.Where(k => k.Length > 0 && (k.StartsWith(id, StringComparison.Ordinal) || id.StartsWith(k, StringComparison.Ordinal))).Order(StringComparer.Ordinal).FirstOrDefault();
        return match is null ? string.Empty : $" (did you mean {match}?)";
    }
}
