using System.Text.Json;
using CorpusLint.Diagnostics;

namespace CorpusLint.Configuration;

/// <summary>
/// Reads a corpuslint.json into a <see cref="ConfigFile"/>. Every problem is reported with the file, line and
/// column and what was expected; unknown keys are errors, never ignored. All problems of a file are collected,
/// so one run shows them all.
/// </summary>
public static class ConfigFileReader
{
    /// <summary>The keys a configuration file may have; corpuslint.schema.json lists the same.</summary>
    public static readonly IReadOnlyList<string> TopLevelKeys = ["$schema", "root", "include", "exclude", "unsafeFixes", "rules", "overrides", "rulePacks"];

    /// <summary>The keys an entry of "overrides" may have.</summary>
    public static readonly IReadOnlyList<string> OverrideKeys = ["files", "rules", "unsafeFixes"];

    /// <summary>The keys of a rule given as an object rather than a severity.</summary>
    public static readonly IReadOnlyList<string> RuleKeys = ["severity", "options"];

    public static readonly IReadOnlyList<string> Severities = ["error", "warning", "info", "none"];

    public static ConfigFile ReadFile(string fullPath)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException(new ConfigurationError(fullPath, 0, 0, $"cannot read the configuration: {e.Message}"));
        }

        return Read(bytes, fullPath);
    }

    public static ConfigFile Read(byte[] utf8, string fullPath)
    {
        var tree = JsonTree.Parse(utf8, fullPath);
        var reader = new Reader(fullPath);
        var config = reader.ReadFile(tree);
        return reader.Errors.Count > 0 ? throw new ConfigurationException(reader.Errors, config) : config;
    }

    /// <summary>Parses a severity name as the configuration spells it (exactly error, warning, info or none).</summary>
    public static bool TryParseSeverity(string name, out Severity severity)
    {
        severity = Severity.None;
        return Severities.Contains(name) && SeverityNames.TryParse(name, out severity);
    }

    private sealed class Reader(string path)
    {
        private readonly string _directory = Path.GetDirectoryName(path)!;

        public List<ConfigurationError> Errors { get; } = [];

        public ConfigFile ReadFile(JsonTree tree)
        {
            if (!Expect(tree, JsonValueKind.Object, "the configuration"))
            {
                return new ConfigFile { Path = path };
            }

            CheckKeys(tree, TopLevelKeys, "the configuration");
            return new ConfigFile
            {
                Path = path,
                IsRoot = ReadBoolean(tree, "root") ?? false,
                Include = ReadGlobs(tree, "include"),
                Exclude = ReadGlobs(tree, "exclude"),
                UnsafeFixes = ReadBoolean(tree, "unsafeFixes"),
                Rules = ReadRules(tree.Property("rules")),
                Overrides = ReadOverrides(tree.Property("overrides")),
                RulePacks = ReadStrings(tree.Property("rulePacks"), "rulePacks")
                    .Select(s => new RulePackReference(Path.GetFullPath(s.Value, _directory), s.Position)).ToList(),
            };
        }

        private IReadOnlyList<ConfigOverride> ReadOverrides(JsonTreeProperty? property)
        {
            if (property is null || !Expect(property.Value, JsonValueKind.Array, "\"overrides\""))
            {
                return [];
            }

            var overrides = new List<ConfigOverride>();
            foreach (var item in property.Value.Items)
            {
                if (!Expect(item, JsonValueKind.Object, "an entry of \"overrides\""))
                {
                    continue;
                }

                CheckKeys(item, OverrideKeys, "an entry of \"overrides\"");
                var files = ReadGlobs(item, "files");
                if (files is null)
                {
                    Errors.Add(item.Position.Error(path, "an entry of \"overrides\" needs \"files\": the globs of the paths it applies to"));
                    continue;
                }

                overrides.Add(new ConfigOverride(files, item.Position, ReadRules(item.Property("rules")), ReadBoolean(item, "unsafeFixes")));
            }

            return overrides;
        }

        private IReadOnlyList<RuleSetting> ReadRules(JsonTreeProperty? property)
        {
            if (property is null || !Expect(property.Value, JsonValueKind.Object, "\"rules\" (rule id to severity)"))
            {
                return [];
            }

            var rules = new List<RuleSetting>();
            foreach (var rule in property.Value.Properties)
            {
                var value = rule.Value;
                if (value.Kind == JsonValueKind.String)
                {
                    rules.Add(new RuleSetting(rule.Name, rule.Position, ReadSeverity(value), []));
                }
                else if (value.Kind == JsonValueKind.Object)
                {
                    CheckKeys(value, RuleKeys, $"rule {rule.Name}");
                    var severity = value.Property("severity") is { } s && Expect(s.Value, JsonValueKind.String, "a severity") ? ReadSeverity(s.Value) : null;
                    rules.Add(new RuleSetting(rule.Name, rule.Position, severity, ReadOptions(value.Property("options"))));
                }
                else
                {
                    Errors.Add(value.Position.Error(path, $"rule {rule.Name}: expected a severity (error, warning, info, none) or an object with \"severity\" and \"options\", found {JsonTree.KindName(value.Kind)}"));
                }
            }

            return rules;
        }

        private IReadOnlyList<RuleOptionSetting> ReadOptions(JsonTreeProperty? property)
        {
            if (property is null || !Expect(property.Value, JsonValueKind.Object, "\"options\" (option name to value)"))
            {
                return [];
            }

            var options = new List<RuleOptionSetting>();
            foreach (var option in property.Value.Properties)
            {
                RuleOptionKind? kind = option.Value.Kind switch
                {
                    JsonValueKind.Number => RuleOptionKind.Number,
                    JsonValueKind.String => RuleOptionKind.String,
                    JsonValueKind.True or JsonValueKind.False => RuleOptionKind.Boolean,
                    _ => null,
                };
                if (kind is null)
                {
                    Errors.Add(option.Value.Position.Error(path, $"option {option.Name}: expected a number, a string or true/false, found {JsonTree.KindName(option.Value.Kind)}"));
                    continue;
                }

                options.Add(new RuleOptionSetting(option.Name, option.Position, kind.Value, option.Value.Scalar));
            }

            return options;
        }

        private Severity? ReadSeverity(JsonTree value)
        {
            if (TryParseSeverity(value.Scalar, out var severity))
            {
                return severity;
            }

            Errors.Add(value.Position.Error(path, $"severity '{value.Scalar}' is not one of error, warning, info, none"));
            return null;
        }

        private PathGlobs? ReadGlobs(JsonTree parent, string key)
        {
            var property = parent.Property(key);
            if (property is null)
            {
                return null;
            }

            var globs = ReadStrings(property, $"\"{key}\"");

            // An empty "include" (or "files") would match nothing, silently: say so instead.
            if (globs.Count == 0 && key != "exclude" && property.Value.Kind == JsonValueKind.Array && property.Value.Items.Count == 0)
            {
                Errors.Add(property.Value.Position.Error(path, $"\"{key}\" is empty, so it would match no file; name at least one glob"));
            }

            return new PathGlobs(_directory, globs.Select(g => g.Value).ToList());
        }

        private List<(string Value, SourcePosition Position)> ReadStrings(JsonTreeProperty? property, string what)
        {
            if (property is null || !Expect(property.Value, JsonValueKind.Array, $"{what} (a list of strings)"))
            {
                return [];
            }

            var strings = new List<(string, SourcePosition)>();
            foreach (var item in property.Value.Items)
            {
                if (Expect(item, JsonValueKind.String, $"an entry of {what}"))
                {
                    if (item.Scalar.Trim().Length == 0)
                    {
                        Errors.Add(item.Position.Error(path, $"an entry of {what} is empty"));
                        continue;
                    }

                    strings.Add((item.Scalar, item.Position));
                }
            }

            return strings;
        }

        private bool? ReadBoolean(JsonTree parent, string key) =>
            parent.Property(key) is { } property && Expect(property.Value, JsonValueKind.True, $"\"{key}\"")
                ? property.Value.Kind == JsonValueKind.True
                : null;

        private void CheckKeys(JsonTree tree, IReadOnlyList<string> allowed, string where)
        {
            foreach (var property in tree.Properties.Where(p => !allowed.Contains(p.Name)))
            {
                Errors.Add(property.Position.Error(path, $"unknown key '{property.Name}' in {where}; expected one of {string.Join(", ", allowed)}"));
            }
        }

        // JsonValueKind.True stands for "a boolean": true and false both pass.
        private bool Expect(JsonTree value, JsonValueKind kind, string what)
        {
            bool matches = kind == JsonValueKind.True ? value.Kind is JsonValueKind.True or JsonValueKind.False : value.Kind == kind;
            if (!matches)
            {
                Errors.Add(value.Position.Error(path, $"{what}: expected {JsonTree.KindName(kind)}, found {JsonTree.KindName(value.Kind)}"));
            }

            return matches;
        }
    }
}
