using System.Text.Json;
using System.Text.RegularExpressions;
using CorpusLint.Diagnostics;

namespace CorpusLint.Rules.Packs;

/// <summary>
/// Reads rule packs into <see cref="PhraseRule"/> analyzers. Every problem is an error naming the pack and
/// the place (line and column for malformed JSON, the JSON path for a bad value); nothing is skipped silently.
/// </summary>
public static partial class RulePackLoader
{
    // Patterns come from files users edit, maybe in a pull request: a non-backtracking engine keeps a bad
    // pattern from hanging a CI run, and a match timeout bounds the rest.
    // ExplicitCapture: a pack's regex is only asked whether (and where) it matches, never for a group, and every
    // match resets each capturing group it has (a long alternation has dozens) and tracks them while it runs.
    internal const RegexOptions PatternOptions =
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking;

    private static readonly TimeSpan PatternTimeout = TimeSpan.FromSeconds(1);

    /// <summary>The packs built into CorpusLint (rules/*.json, embedded in this assembly).</summary>
    public static IReadOnlyList<PhraseRule> LoadBuiltIn()
    {
        // A loop over names, not the (name, JSON) pairs of BuiltInPacks: a generic over a tuple has no
        // ahead-of-time code, so it is compiled at start-up.
        var rules = new List<PhraseRule>();
        foreach (var name in BuiltInPackNames())
        {
            string json = ReadResource(name);
            rules.AddRange(Load(BuiltInPackDocuments.Find(name, json) ?? Parse(json, name), name, builtIn: true));
        }

        return rules;
    }

    /// <summary>
    /// Every built-in pack as read from its JSON, with its checksum: the input from which
    /// <see cref="BuiltInPackDocuments"/> is generated.
    /// </summary>
    public static IEnumerable<(string Name, ulong Checksum, RulePackDocument Document)> BuiltInPackSources() =>
        BuiltInPacks().Select(pack => (pack.Name, BuiltInPackDocuments.Checksum(pack.Json), Parse(pack.Json, pack.Name)));

    /// <summary>
    /// Every regex the built-in packs match with, named after its rule: the input from which
    /// <see cref="BuiltInRegexes"/> is generated.
    /// </summary>
    public static IEnumerable<(string Name, string Pattern)> BuiltInRegexSources()
    {
        foreach (var pack in BuiltInPacks())
        {
            foreach (var rule in Parse(pack.Json, pack.Name).Rules)
            {
                var groups = PatternGroups(rule.Patterns);
                for (int g = 0; g < groups.Count; g++)
                {
                    yield return (rule.Id + GroupName(groups.Count, g), PatternsSource(groups[g]));
                }

                if (rule.Vocabulary.Count > 0)
                {
                    yield return (rule.Id + "Vocabulary", VocabularyMatcher.PatternOf(rule.Vocabulary));
                }
            }
        }
    }

    /// <summary>A user's pack from a file. Its rule ids must not use the reserved CL prefix.</summary>
    public static IReadOnlyList<PhraseRule> LoadFile(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new RulePackException(path, $"cannot read the rule pack: {e.Message}");
        }

        return Load(json, path, builtIn: false);
    }

    public static IReadOnlyList<PhraseRule> Load(string json, string source, bool builtIn) => Load(Parse(json, source), source, builtIn);

    private static List<PhraseRule> Load(RulePackDocument document, string source, bool builtIn)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var rules = new List<PhraseRule>();
        for (int i = 0; i < document.Rules.Count; i++)
        {
            var rule = Build(document.Rules[i], $"{source}: rules[{i}]", builtIn);
            if (!seen.Add(rule.Descriptor.Id))
            {
                throw new RulePackException(source, $"rules[{i}]: rule id {rule.Descriptor.Id} is defined twice");
            }

            rules.Add(rule);
        }

        return rules;
    }

    private static RulePackDocument Parse(string json, string source)
    {
        try
        {
            return JsonSerializer.Deserialize(json, RulePackJsonContext.Default.RulePackDocument)
                ?? throw new RulePackException(source, "the pack is empty (null)");
        }
        catch (JsonException e)
        {
            string where = e.LineNumber is { } line ? $"({line + 1},{(e.BytePositionInLine ?? 0) + 1})" : string.Empty;
            throw new RulePackException(source + where, $"invalid rule pack{(e.Path is { Length: > 0 } p ? $" at {p}" : string.Empty)}: {FirstSentence(e.Message)}");
        }
    }

    private static IEnumerable<(string Name, string Json)> BuiltInPacks() =>
        BuiltInPackNames().Select(name => (name, ReadResource(name)));

    private static string[] BuiltInPackNames() =>
        typeof(RulePackLoader).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("rules/", StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal) && !n.EndsWith(".schema.json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();

    private static PhraseRule Build(PhraseRuleDefinition definition, string where, bool builtIn)
    {
        if (!RuleIdPattern().IsMatch(definition.Id))
        {
            throw new RulePackException(where, $"id '{definition.Id}' must be 2-8 capital letters and 4 digits, like CL2001 or ACME0001");
        }

        bool reserved = definition.Id.StartsWith("CL", StringComparison.Ordinal) && char.IsDigit(definition.Id[2]);
        if (reserved != builtIn)
        {
            throw new RulePackException(where, builtIn
                ? $"built-in rule id '{definition.Id}' must start with CL"
                : $"rule id '{definition.Id}' uses the prefix CL, which is reserved for CorpusLint's own rules; choose your own prefix");
        }

        if (!SeverityNames.TryParse(definition.Severity, out var severity))
        {
            throw new RulePackException(where, $"severity '{definition.Severity}' is not one of error, warning, info, none");
        }

        var safety = definition.Fix.ToLowerInvariant() switch
        {
            "safe" => FixSafety.Safe,
            "unsafe" => FixSafety.Unsafe,
            "none" => FixSafety.None,
            _ => throw new RulePackException(where, $"fix '{definition.Fix}' is not one of safe, unsafe, none"),
        };

        if (!Enum.TryParse<PhraseRuleScope>(definition.Where, ignoreCase: true, out var scope) || int.TryParse(definition.Where, out _))
        {
            throw new RulePackException(where, $"where '{definition.Where}' is not one of anywhere, outsideBody, beforeBody, afterBody");
        }

        if (definition.Phrases.Count == 0 && definition.Patterns.Count == 0 && definition.Vocabulary.Count == 0)
        {
            throw new RulePackException(where, "a rule needs at least one phrase, pattern or vocabulary word");
        }

        if (definition.MinCoverage is <= 0 or > 1)
        {
            throw new RulePackException(where, $"minCoverage {definition.MinCoverage} must be above 0 and at most 1");
        }

        var patterns = definition.Patterns.Count == 0 ? [] : BuildPatterns(definition.Patterns, where, builtIn);
        // A built-in vocabulary is matched on ASCII lines without its regex, as its generated (backtracking) regex
        // matches; a user's runs on the non-backtracking engine, which is asked as it always was.
        var vocabulary = definition.Vocabulary.Count == 0 ? null : new VocabularyMatcher(
            BuildVocabulary(definition, where, builtIn), definition.MinCoverage, VocabularyWords.Of(definition.Vocabulary), builtIn ? VocabularyTerms.Of(definition.Vocabulary) : null);
        var descriptor = new DiagnosticDescriptor(definition.Id, definition.Title, definition.Message, definition.Category, severity, safety, definition.Description)
        {
            Example = definition.Example,
        };
        return new PhraseRule(descriptor, definition.Phrases.Select(PhraseRule.PhraseKey), patterns, definition.MaxWords, scope, vocabulary)
        {
            KeepsInsideArticle = definition.KeepInsideArticle,
        };
    }

    /// <summary>The regex a group of a rule's patterns is matched with: one alternation, so a line is scanned once, not once per pattern.</summary>
    public static string PatternsSource(IReadOnlyList<string> patterns) =>
        patterns.Count == 1 ? patterns[0] : string.Join('|', patterns.Select(p => $"(?:{p})"));

    /// <summary>
    /// A rule's patterns in the groups it matches with, each one regex behind its own filter: those that begin with
    /// `^` and the others, or all in one group when they are all of one kind; none for a rule without patterns.
    /// </summary>
    /// <remarks>
    /// In one alternation, a line that began like a match of an anchored pattern (most short lines begin like one
    /// of some rule) was also tried at every position by the unanchored ones: the photo credits' regex took 4,400
    /// instructions a call. Split, the anchored regex fails at the first position, and the others run only on the
    /// lines their own filter lets through. A `^` only at the start of a pattern's first alternative puts the
    /// pattern in the anchored group, where it still matches (its group's filter then lets every line through).
    /// </remarks>
    public static IReadOnlyList<IReadOnlyList<string>> PatternGroups(IReadOnlyList<string> patterns)
    {
        var anchored = patterns.Where(p => p.StartsWith('^')).ToArray();
        return patterns.Count == 0 ? []
            : anchored.Length == 0 || anchored.Length == patterns.Count ? [patterns]
            : [anchored, [.. patterns.Where(p => !p.StartsWith('^'))]];
    }

    // A rule's regexes are named after it: one group is its patterns, two are its anchored and other patterns.
    private static string GroupName(int groups, int group) => groups == 1 ? "Patterns" : group == 0 ? "AnchoredPatterns" : "OtherPatterns";

    private static PackRegex[] BuildPatterns(IReadOnlyList<string> patterns, string where, bool builtIn)
    {
        var groups = PatternGroups(patterns);
        var generated = groups.Select(group => Generated(PatternsSource(group), builtIn, FilterOf(group))).ToArray();
        if (generated.Contains(null))
        {
            CheckEachPattern(patterns, where);
        }

        return [.. groups.Select((group, g) => generated[g] ?? PackRegex.Linear(CompilePatterns(group, patterns, where, builtIn), FilterOf(group)))];
    }

    private static Func<PatternFilter?> FilterOf(IReadOnlyList<string> group) => () => PatternFilter.Of(group, PatternOptions);

    private static PackRegex BuildVocabulary(PhraseRuleDefinition definition, string where, bool builtIn)
    {
        string source = VocabularyMatcher.PatternOf(definition.Vocabulary);
        try
        {
            return Generated(source, builtIn, findFilter: null) ?? PackRegex.Linear(new Regex(source, PatternOptions, Timeout(builtIn)));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            throw new RulePackException(where + ".vocabulary", $"cannot build the vocabulary: {e.Message}");
        }
    }

    // A built-in pack's regex comes compiled from the build (see BuiltInRegexes); one the generated code lacks
    // (a pack edited since it was generated) is built at run time like a user's. Its non-backtracking form is
    // written for one line (OneLinePattern): packs match lines, and that keeps the engine on its fast loop.
    private static PackRegex? Generated(string source, bool builtIn, Func<PatternFilter?>? findFilter) =>
        builtIn && BuiltInRegexes.Find(source, PatternOptions & ~RegexOptions.NonBacktracking) is { } generated
            ? PackRegex.Tiered(generated, () => new Regex(OneLinePattern.WithEndOfText(source), PatternOptions), findFilter)
            : null;

    // Before a regex is built at run time, each pattern's syntax is checked alone (cheap: the backtracking parser),
    // so a pattern that only parses once combined is still an error, named by its place among the rule's patterns.
    private static void CheckEachPattern(IReadOnlyList<string> patterns, string where)
    {
        for (int j = 0; j < patterns.Count; j++)
        {
            try
            {
                _ = new Regex(patterns[j], PatternOptions & ~RegexOptions.NonBacktracking, PatternTimeout);
            }
            catch (ArgumentException e)
            {
                throw new RulePackException($"{where}.patterns[{j}]", $"invalid pattern '{patterns[j]}': {e.Message}");
            }
        }
    }

    // Building a non-backtracking regex is the costliest part of start-up, so a group of a rule's patterns is built
    // once, as one alternation (what PhraseRule matches with), not once each and again combined. When the
    // combination fails, building each pattern of the group alone names the one to blame.
    private static Regex CompilePatterns(IReadOnlyList<string> group, IReadOnlyList<string> patterns, string where, bool builtIn)
    {
        try
        {
            return new Regex(OneLinePattern.WithEndOfText(PatternsSource(group)), PatternOptions, Timeout(builtIn));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            for (int j = 0; j < patterns.Count; j++)
            {
                if (group.Contains(patterns[j]))
                {
                    CompilePattern(patterns[j], $"{where}.patterns[{j}]");
                }
            }

            throw new RulePackException(where + ".patterns", $"the patterns cannot be combined: {e.Message}");
        }
    }

    private static Regex CompilePattern(string pattern, string where)
    {
        try
        {
            return new Regex(pattern, PatternOptions, PatternTimeout);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            throw new RulePackException(where, $"invalid pattern '{pattern}': {e.Message}");
        }
    }

    // The non-backtracking engine is linear in the line's length, so our own reviewed patterns need no clock: a
    // timeout makes every match read the time, and packs match every short line once per rule. A user's pattern
    // keeps the timeout as a second guard.
    private static TimeSpan Timeout(bool builtIn) => builtIn ? Regex.InfiniteMatchTimeout : PatternTimeout;

    private static string ReadResource(string name)
    {
        using var stream = typeof(RulePackLoader).Assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static string FirstSentence(string message)
    {
        int cut = message.IndexOf(". ", StringComparison.Ordinal);
        return cut > 0 ? message[..(cut + 1)] : message;
    }

    [GeneratedRegex("^[A-Z]{2,8}[0-9]{4}$")]
    private static partial Regex RuleIdPattern();
}
