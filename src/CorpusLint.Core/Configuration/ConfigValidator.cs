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

    // "CL201", "CL20001" or "cl2001": point at the id the user most likely meant (at most two edits away).
    private static string Suggestion(string id, IEnumerable<string> known)
    {
        var match = known
            .Select(k => (Id: k, Distance: EditDistance(id.ToUpperInvariant(), k)))
            .Where(k => k.Distance <= 2)
            .OrderBy(k => k.Distance)
            .ThenBy(k => k.Id, StringComparer.Ordinal)
            .FirstOrDefault();
        return match.Id is null ? string.Empty : $" (did you mean {match.Id}?)";
    }

    private static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (int i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
