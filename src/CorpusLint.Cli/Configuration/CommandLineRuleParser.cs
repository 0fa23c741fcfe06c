using CorpusLint.Configuration;
using CorpusLint.Diagnostics;

namespace CorpusLint.Cli.Configuration;

/// <summary>
/// Reads --select, --ignore and --severity into <see cref="CommandLineRules"/>, checking each id against the
/// rules that exist, so a typo is an error rather than a rule silently left on.
/// </summary>
internal static class CommandLineRuleParser
{
    public static CommandLineRules Parse(string[] select, string[] ignore, string[] severities, IReadOnlyDictionary<string, DiagnosticDescriptor> rules, List<string> errors)
    {
        var selectors = Split(select);
        var ignored = Split(ignore);
        CheckSelectors("--select", selectors, rules, errors);
        CheckSelectors("--ignore", ignored, rules, errors);

        var chosen = new Dictionary<string, Severity>(StringComparer.Ordinal);
        foreach (var assignment in Split(severities))
        {
            int equals = assignment.IndexOf('=');
            string id = equals > 0 ? assignment[..equals].Trim() : string.Empty;
            string level = equals > 0 ? assignment[(equals + 1)..].Trim() : string.Empty;
            if (id.Length == 0 || !ConfigFileReader.TryParseSeverity(level, out var severity))
            {
                errors.Add($"--severity {assignment}: expected ID=LEVEL with LEVEL one of error, warning, info, none (e.g. CL2001=error)");
            }
            else if (!rules.ContainsKey(id))
            {
                errors.Add($"--severity {assignment}: unknown rule id '{id}'; `corpuslint rules` lists them");
            }
            else
            {
                chosen[id] = severity;
            }
        }

        return new CommandLineRules { Select = selectors.Count > 0 ? selectors : null, Ignore = ignored, Severities = chosen };
    }

    // One option's selectors at a time, not a LINQ pipeline of (option, selector) pairs: a generic over a tuple
    // has no ahead-of-time code, so it was compiled at every start.
    private static void CheckSelectors(string option, List<string> selectors, IReadOnlyDictionary<string, DiagnosticDescriptor> rules, List<string> errors)
    {
        foreach (var selector in selectors)
        {
            if (!rules.Keys.Any(id => id.StartsWith(selector, StringComparison.Ordinal)))
            {
                errors.Add($"{option} {selector}: no rule id is or starts with '{selector}'; `corpuslint rules` lists them");
            }
        }
    }

    // "--select CL2001,CL2002 --select CL8" is three selectors.
    private static List<string> Split(string[] values) =>
        values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
}
