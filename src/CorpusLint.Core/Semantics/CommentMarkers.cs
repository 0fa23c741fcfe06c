using System.Text.RegularExpressions;

namespace CorpusLint.Semantics;

/// <summary>
/// Lines that open or sign readers' comments. The layout uses them to end the body where a comment thread
/// starts. Bare "Comment" or "Discussion" are not headers: articles use them as table and section headings.
/// </summary>
public static partial class CommentMarkers
{
    /// <summary>Headers are short; a longer line that starts like one is prose.</summary>
    public const int HeaderMaxWords = 8;

    /// <summary>Signature lines are short too.</summary>
    public const int SignatureMaxWords = 15;

    public static bool IsHeader(string text) => HeaderPattern().IsMatch(text.Trim());

    public static bool IsSignature(string text) => SignaturePattern().IsMatch(text.Trim());

    [GeneratedRegex(
        @"^(\d+\s+comments?|comments|reader\s+comments|user\s+comments|your\s+comments)(\s*\(\d+\))?(\s+(to|on|for)\b.*)?\s*:?$" +
        @"|^\d+\s+(responses?|replies|reactions)\b" +
        @"|^(post|leave|add|write|submit)\s+(a|your|new)\s+(comment|reply|response)" +
        @"|^(join|start)\s+the\s+(discussion|conversation)" +
        @"|^(have\s+your\s+say|tell\s+us\s+what\s+you\s+think)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeaderPattern();

    [GeneratedRegex(
        @"^(\S.{0,60}\s(says|said|wrote|writes)(\s+(on|at)\b.{0,40})?\s*(:|\.\.\.)" +
        @"|(posted|submitted|written)\s+by\b.{0,80}(\d{1,2}:\d{2}|\d{4}|ago)\b.{0,20}" +
        @"|(pingback|trackback)\b.*" +
        @"|reply(\s+to\s+this(\s+comment)?)?|report\s+(abuse|comment)|recommend)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SignaturePattern();
}
