using CorpusLint.Diagnostics;

namespace CorpusLint.Configuration;

/// <summary>
/// What the configuration files decide for one path, once merged: the severities they set, the rule options,
/// whether unsafe fixes apply, which user rule packs are in force, and the include/exclude filter.
/// </summary>
public sealed class PathSettings
{
    public static readonly PathSettings Defaults = Merge([], _ => false);

    private PathSettings(
        IReadOnlyDictionary<string, Severity> severities,
        RuleOptions options,
        bool unsafeFixes,
        IReadOnlySet<string> rulePacks,
        PathGlobs? include,
        PathGlobs? exclude)
    {
        Severities = severities;
        Options = options;
        UnsafeFixes = unsafeFixes;
        RulePacks = rulePacks;
        Include = include;
        Exclude = exclude;
    }

    /// <summary>Severities set by the configuration; a rule not listed keeps its descriptor's default.</summary>
    public IReadOnlyDictionary<string, Severity> Severities { get; }

    public RuleOptions Options { get; }

    public bool UnsafeFixes { get; }

    /// <summary>Full paths of the user rule packs named by the configurations that apply.</summary>
    public IReadOnlySet<string> RulePacks { get; }

    public PathGlobs? Include { get; }

    public PathGlobs? Exclude { get; }

    public bool IsIncluded(string fullPath) =>
        (Include is null || Include.Matches(fullPath)) && (Exclude is null || !Exclude.Matches(fullPath));

    /// <summary>
    /// Merges a chain of configurations, farthest first: each file's settings, then its overrides that match
    /// (<paramref name="overrideApplies"/>), so a nearer file wins over a farther one and an override wins over
    /// the settings of its own file. Include and exclude come from the nearest file that sets them.
    /// </summary>
    public static PathSettings Merge(IReadOnlyList<ConfigFile> chain, Func<ConfigOverride, bool> overrideApplies)
    {
        var severities = new Dictionary<string, Severity>(StringComparer.Ordinal);
        var options = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        var packs = new HashSet<string>(StringComparer.Ordinal);
        bool unsafeFixes = false;
        PathGlobs? include = null, exclude = null;

        void Apply(IReadOnlyList<RuleSetting> rules, bool? unsafeSetting)
        {
            foreach (var rule in rules)
            {
                if (rule.Severity is { } severity)
                {
                    severities[rule.Id] = severity;
                }

                foreach (var option in rule.Options)
                {
                    if (!options.TryGetValue(rule.Id, out var byName))
                    {
                        options[rule.Id] = byName = new Dictionary<string, string>(StringComparer.Ordinal);
                    }

                    byName[option.Name] = option.Value;
                }
            }

            unsafeFixes = unsafeSetting ?? unsafeFixes;
        }

        foreach (var file in chain)
        {
            Apply(file.Rules, file.UnsafeFixes);
            foreach (var item in file.Overrides.Where(overrideApplies))
            {
                Apply(item.Rules, item.UnsafeFixes);
            }

            packs.UnionWith(file.RulePacks.Select(p => p.FullPath));
            include = file.Include ?? include;
            exclude = file.Exclude ?? exclude;
        }

        var ruleOptions = new RuleOptions(options.ToDictionary(p => p.Key, p => (IReadOnlyDictionary<string, string>)p.Value, StringComparer.Ordinal));
        return new PathSettings(severities, ruleOptions, unsafeFixes, packs, include, exclude);
    }
}
