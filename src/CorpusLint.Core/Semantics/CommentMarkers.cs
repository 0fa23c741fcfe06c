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

    public static bool IsSignature(string text)
    {
        var trimmed = text.AsSpan().Trim();
        return MayBeSignature(trimmed) && SignaturePattern().IsMatch(trimmed);
    }

    /// <summary>
    /// False only for a trimmed text the signature pattern cannot match: anchored at both ends, its matches end in
    /// `:` or `...` (a "… says:" line) or begin with `po`, `su`, `wr`, `pi`, `tr` or `re` (posted, submitted,
    /// written, pingback, trackback, reply, report, recommend), ignoring case.
    /// </summary>
    /// <remarks>
    /// Asked of every short block of the body run. The pattern's first alternative begins with `\S.{0,60}`, so it
    /// has no prefix the regex could search for: every call took each of up to 60 lengths before failing (about
    /// 3,800 instructions, 2 % of a check's). A character beyond ASCII among the first two goes to the regex: the
    /// engine's case tables fold none to these letters today (the Kelvin sign is a `k`), and the filter does not
    /// depend on that staying so.
    /// </remarks>
    internal static bool MayBeSignature(ReadOnlySpan<char> trimmed)
    {
        if (trimmed.Length < 2)
        {
            return false;
        }

        if (trimmed[^1] == ':' || trimmed.EndsWith("...") || trimmed[0] >= 0x80 || trimmed[1] >= 0x80)
        {
            return true;
        }

        // (c | 0x20) folds ASCII capitals to lowercase.
        return ((trimmed[0] | 0x20), (trimmed[1] | 0x20)) is ('p', 'o') or ('s', 'u') or ('w', 'r') or ('p', 'i') or ('t', 'r') or ('r', 'e');
    }

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
    internal static partial Regex SignaturePattern();
}
