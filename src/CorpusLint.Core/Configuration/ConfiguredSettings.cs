using System.Collections.Concurrent;
using CorpusLint.Diagnostics;

namespace CorpusLint.Configuration;

/// <summary>
/// Answers, for any path, what the configuration files and the command line decide: a rule's severity, the
/// rule options, unsafe fixes, whether the file is checked at all. Precedence, lowest first: the rule's
/// default, the configuration files from the farthest to the nearest (each followed by its matching
/// overrides), then the command line. Thread-safe; merged settings are cached per folder and per set of
/// matching overrides, so the cost does not grow with the number of files.
/// </summary>
public sealed class ConfiguredSettings
{
    private readonly ConfigDiscovery _discovery;
    private readonly CommandLineRules _commandLine;
    private readonly string _baseDirectory;
    private readonly IReadOnlyDictionary<string, string> _userRulePackOf;
    private readonly ConcurrentDictionary<string, IReadOnlyList<ConfigFile>> _chains = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, PathSettings> _merged = new(StringComparer.Ordinal);

    // The driver asks once per rule for the same document: remember the last answer of each thread.
    [ThreadStatic]
    private static (ConfiguredSettings Owner, string Path, PathSettings Settings)? t_last;

    /// <param name="discovery">Where configuration files come from.</param>
    /// <param name="commandLine">The command line's rule choices.</param>
    /// <param name="baseDirectory">What relative paths (as reports show them) are relative to.</param>
    /// <param name="userRulePackOf">For each rule of a user's pack, the pack's full path: such a rule runs only where a configuration names its pack.</param>
    public ConfiguredSettings(ConfigDiscovery discovery, CommandLineRules commandLine, string baseDirectory, IReadOnlyDictionary<string, string> userRulePackOf)
    {
        _discovery = discovery;
        _commandLine = commandLine;
        _baseDirectory = baseDirectory;
        _userRulePackOf = userRulePackOf;
    }

    /// <summary>The hook the analyzer driver calls.</summary>
    public AnalysisSettings ToAnalysisSettings() => new(SeverityOf, path => For(path).Options);

    public Severity SeverityOf(DiagnosticDescriptor descriptor, string path)
    {
        var settings = For(path);
        if (_userRulePackOf.TryGetValue(descriptor.Id, out var pack) && !settings.RulePacks.Contains(pack))
        {
            return Severity.None;
        }

        var configured = settings.Severities.TryGetValue(descriptor.Id, out var severity) ? severity : AnalysisSettings.DefaultSeverity(descriptor, path);
        return _commandLine.Apply(descriptor, configured);
    }

    /// <summary>The merged settings for a path (absolute, or relative to the base folder). Throws <see cref="ConfigurationException"/> for a bad file.</summary>
    public PathSettings For(string path)
    {
        if (t_last is { } last && ReferenceEquals(last.Owner, this) && last.Path == path)
        {
            return last.Settings;
        }

        var settings = Resolve(path);
        t_last = (this, path, settings);
        return settings;
    }

    private PathSettings Resolve(string path)
    {
        var fullPath = Path.GetFullPath(path, _baseDirectory);
        var directory = Path.GetDirectoryName(fullPath) ?? fullPath;
        var chain = _chains.GetOrAdd(directory, _discovery.ChainFor);
        if (chain.Count == 0)
        {
            return PathSettings.Defaults;
        }

        // The key names the folder and which overrides match, so files alike share one merged object.
        var matching = chain.SelectMany(f => f.Overrides).Select(o => o.Files.Matches(fullPath) ? '1' : '0');
        var key = directory + "\0" + string.Concat(matching);
        return _merged.GetOrAdd(key, _ => PathSettings.Merge(chain, o => o.Files.Matches(fullPath)));
    }
}
