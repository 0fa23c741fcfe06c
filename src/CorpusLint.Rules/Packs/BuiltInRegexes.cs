using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace CorpusLint.Rules.Packs;

/// <summary>
/// The built-in packs' regexes as code: BuiltInRegexes.g.cs declares one <c>[GeneratedRegex]</c> per regex of
/// rules/*.json, and the regex source generator compiles each at build time, so start-up builds none (building
/// the non-backtracking automata took longer than checking an article). A test writes that file from the packs
/// and fails while it is stale. Found by pattern text and options, so a pack edited since the file was written
/// gets no stale regex: its rule builds its regex at run time instead.
/// </summary>
internal static partial class BuiltInRegexes
{
    /// <summary>How long a generated (backtracking) regex may run on one line before the linear engine takes over.</summary>
    public const int MatchTimeoutMilliseconds = 100;

    private static readonly FrozenDictionary<string, Regex> ByPattern = All().ToFrozenDictionary(r => r.ToString(), StringComparer.Ordinal);

    public static Regex? Find(string pattern, RegexOptions options) =>
        ByPattern.TryGetValue(pattern, out var regex) && regex.Options == options ? regex : null;
}
