using System.Globalization;

namespace CorpusLint.Configuration;

/// <summary>
/// Per-rule options (e.g. a similarity threshold) as the configuration gave them. Rules read them by name
/// with their own default, so an unset option never changes behaviour.
/// </summary>
public sealed class RuleOptions
{
    public static readonly RuleOptions Empty = new(new Dictionary<string, IReadOnlyDictionary<string, string>>());

    private readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> _byRule;

    public RuleOptions(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> byRule) => _byRule = byRule;

    public double GetDouble(string ruleId, string name, double defaultValue) =>
        TryGet(ruleId, name, out var value) && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? number
            : defaultValue;

    public int GetInt32(string ruleId, string name, int defaultValue) =>
        TryGet(ruleId, name, out var value) && int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
            ? number
            : defaultValue;

    private bool TryGet(string ruleId, string name, out string value)
    {
        value = string.Empty;
        return _byRule.TryGetValue(ruleId, out var options) && options.TryGetValue(name, out value!);
    }
}
