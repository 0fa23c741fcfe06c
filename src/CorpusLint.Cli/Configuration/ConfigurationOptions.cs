using System.CommandLine;
using CorpusLint.Analysis;
using CorpusLint.Cli.Baselines;
using CorpusLint.Cli.Commands;
using CorpusLint.Cli.Hosting;
using CorpusLint.Cli.Linting;
using CorpusLint.Configuration;
using CorpusLint.Diagnostics;
using CorpusLint.Rules.Packs;

namespace CorpusLint.Cli.Configuration;

/// <summary>
/// The options every verb that lints shares (--config, --select, --ignore, --severity) and the loading that
/// turns them, the inputs and the corpuslint.json files into a <see cref="LintRun"/>. Every configuration
/// problem is printed with its file, line and column before any file is touched; then the run stops (exit 2).
/// </summary>
internal sealed class ConfigurationOptions
{
    public Option<string?> Config { get; } = new("--config")
    {
        Description = $"Use this configuration file for every input instead of finding {ConfigFile.FileName} files.",
    };

    public Option<string[]> Select { get; } = new("--select")
    {
        Description = "Run only these rules: ids or id prefixes, comma-separated or repeated (e.g. CL2,CL8001).",
    };

    public Option<string[]> Ignore { get; } = new("--ignore")
    {
        Description = "Turn these rules off: ids or id prefixes, comma-separated or repeated.",
    };

    public Option<string[]> Severity { get; } = new("--severity")
    {
        Description = "Set a rule's severity, ID=error|warning|info|none (repeatable). Wins over the configuration.",
    };

    public void AddTo(Command command)
    {
        command.Add(Config);
        command.Add(Select);
        command.Add(Ignore);
        command.Add(Severity);
    }

    /// <summary>Finds the inputs and loads their configuration; null (problems printed) when the run must stop.</summary>
    /// <param name="readsRecords">A run over JSON Lines records: with no path it reads standard input and walks no folder.</param>
    public LintRun? Load(ParseResult result, InputOptions inputs, CliConsole console, Baseline? baseline = null, bool readsRecords = false)
    {
        var workingDirectory = console.WorkingDirectory;
        var errors = new List<string>();
        var partials = new List<ConfigFile>();
        ConfigDiscovery discovery;
        try
        {
            discovery = result.GetValue(Config) is { } path
                ? ConfigDiscovery.FromFile(Path.GetFullPath(path, workingDirectory))
                : ConfigDiscovery.WalkingUp();
        }
        catch (ConfigurationException e)
        {
            return Fail(e.Errors.Select(er => Describe(er, workingDirectory)), console);
        }

        // The built-in rules do not depend on the inputs: they are built while the inputs are found (a corpus's
        // thousands of files take tens of milliseconds to list, the rules as long to build).
        var builtInRules = BuiltInRulesAhead.Take();

        // Configurations above the folders named decide what a folder walk looks for (their "include").
        var arguments = inputs.PathsOf(result, readsRecords);
        var searched = arguments.Select(a => Path.GetFullPath(a, workingDirectory)).Where(Directory.Exists).Append(workingDirectory);
        var searchedConfigs = searched.SelectMany(d => Chain(discovery, d, errors, partials, workingDirectory)).ToList();
        var walkIncludes = WalkIncludes(searchedConfigs);

        var discovered = inputs.Discover(result, workingDirectory, readsRecords, walkIncludes);
        bool discoveryFailed = !Messages.ReportDiscovery(discovered, console);

        var configs = discovered.Files
            .Select(f => Path.GetDirectoryName(Path.GetFullPath(f.FullPath ?? f.DisplayPath, workingDirectory))!)
            .Distinct(StringComparer.Ordinal)
            .SelectMany(d => Chain(discovery, d, errors, partials, workingDirectory))
            .Concat(searchedConfigs)
            .Concat(partials)
            .DistinctBy(c => c.Path)
            .ToList();

        var analyzers = new List<Analyzer>(builtInRules.GetAwaiter().GetResult());
        var userRulePackOf = LoadUserRulePacks(configs, analyzers, errors, workingDirectory);
        var rules = analyzers.SelectMany(a => a.SupportedDiagnostics).Prepend(AnalyzerDriver.AnalyzerFailed).ToDictionary(d => d.Id, StringComparer.Ordinal);
        errors.AddRange(configs.SelectMany(c => ConfigValidator.Validate(c, rules)).Select(e => Describe(e, workingDirectory)));
        var commandLine = CommandLineRuleParser.Parse(
            result.GetValue(Select) ?? [], result.GetValue(Ignore) ?? [], result.GetValue(Severity) ?? [], rules, errors);
        if (errors.Count > 0)
        {
            return Fail(errors, console);
        }

        var settings = new ConfiguredSettings(discovery, commandLine, workingDirectory, userRulePackOf);
        var files = discovered.Files.Where(f => f.IsStandardInput || settings.For(f.FullPath!).IsIncluded(f.FullPath!)).ToList();
        string[] ruleFlags = [.. result.GetValue(Select) ?? [], "|", .. result.GetValue(Ignore) ?? [], "|", .. result.GetValue(Severity) ?? []];
        var linter = new Linter(analyzers, settings.ToAnalysisSettings(), path => settings.For(path).UnsafeFixes, baseline)
        {
            ComputeConfigurationFingerprint = () => Caching.ConfigurationFingerprint.Of(
                configs.Select(c => c.Path).Concat(configs.SelectMany(c => c.RulePacks).Select(r => r.FullPath)),
                ruleFlags),
        };
        return new LintRun(files, linter, discoveryFailed);
    }

    /// <summary>A configuration problem as printed: the file relative to the working directory when it is below it.</summary>
    public static string Describe(ConfigurationError error, string workingDirectory) =>
        (error with { Path = DisplayPath(error.Path, workingDirectory) }).ToString();

    /// <summary>A path as messages show it: relative to the working directory when it is below it, else in full.</summary>
    public static string DisplayPath(string fullPath, string workingDirectory)
    {
        var relative = Path.GetRelativePath(workingDirectory, fullPath);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative.Replace(Path.DirectorySeparatorChar, '/');
    }

    /// <param name="partials">Where files with bad settings go, kept only to report the rest of their problems too.</param>
    private static IReadOnlyList<ConfigFile> Chain(ConfigDiscovery discovery, string directory, List<string> errors, List<ConfigFile> partials, string workingDirectory)
    {
        try
        {
            return discovery.ChainFor(directory);
        }
        catch (ConfigurationException e)
        {
            errors.AddRange(e.Errors.Select(er => Describe(er, workingDirectory)).Where(m => !errors.Contains(m)));

            // The run stops anyway; checking what could be read reports its unknown rule ids in the same run.
            if (e.Partial is not null)
            {
                partials.Add(e.Partial);
            }

            return [];
        }
    }

    // A walk must find what an include names even when it is not *.txt: look for each include's file-name
    // part anywhere ("articles/*.md" -> "**/*.md"); the exact globs are applied to each file afterwards.
    private static IReadOnlyList<string>? WalkIncludes(IEnumerable<ConfigFile> chains)
    {
        var includes = chains.Where(c => c.Include is not null).SelectMany(c => c.Include!.Patterns).ToList();
        if (includes.Count == 0)
        {
            return null;
        }

        return includes.Select(p => "**/" + p.Replace('\\', '/').Split('/')[^1]).Distinct(StringComparer.Ordinal).ToList();
    }

    // A user's pack joins the run once; its rules run only where a configuration names it (see ConfiguredSettings).
    private static Dictionary<string, string> LoadUserRulePacks(IReadOnlyList<ConfigFile> configs, List<Analyzer> analyzers, List<string> errors, string workingDirectory)
    {
        var packOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var loaded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var config in configs)
        {
            foreach (var reference in config.RulePacks.Where(r => loaded.Add(r.FullPath)))
            {
                var shown = DisplayPath(reference.FullPath, workingDirectory);
                if (!File.Exists(reference.FullPath))
                {
                    errors.Add(Describe(reference.Position.Error(config.Path, $"rule pack {shown} does not exist"), workingDirectory));
                    continue;
                }

                try
                {
                    foreach (var rule in RulePackLoader.LoadFile(reference.FullPath))
                    {
                        if (!packOf.TryAdd(rule.Descriptor.Id, reference.FullPath))
                        {
                            errors.Add(Describe(reference.Position.Error(config.Path, $"rule pack {shown} defines {rule.Descriptor.Id}, which {DisplayPath(packOf[rule.Descriptor.Id], workingDirectory)} defines too"), workingDirectory));
                            continue;
                        }

                        analyzers.Add(rule);
                    }
                }
                catch (RulePackException e)
                {
                    errors.Add(Describe(reference.Position.Error(config.Path, $"rule pack {e.Message.Replace(reference.FullPath, shown, StringComparison.Ordinal)}"), workingDirectory));
                }
            }
        }

        return packOf;
    }

    private static LintRun? Fail(IEnumerable<string> errors, CliConsole console)
    {
        foreach (var error in errors)
        {
            console.Error.WriteLine($"error: {error}");
        }

        return null;
    }
}
