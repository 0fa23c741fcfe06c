using System.Text;

namespace CorpusLint.Rules.Packs;

/// <summary>
/// Rewrites a pack pattern for the one thing packs match: a single line, which never holds a line break (the
/// parser splits at every `\r` and `\n`). On such text `$` (end, or before a final `\n`) and `\z` (end) match
/// at the same places, but the non-backtracking engine runs a pattern with `$` on a slow path that asks, at
/// every character, whether a final `\n` follows; with `\z` it runs its table-driven loop. In most rules one
/// `$` (`^page\s+\d+\s+of\s+\d+$`) put the whole alternation on the slow path.
/// </summary>
public static class OneLinePattern
{
    /// <summary>
    /// The pattern with each `$` anchor written `\z`. Escaped dollars (`\$`) and dollars in a character class
    /// (`[$€]`) are characters, not anchors, and stay. A pattern that may hold comments (`(?#…)`, or the `x`
    /// option, where `#` starts one) is returned unchanged: a `$` there is neither.
    /// </summary>
    public static string WithEndOfText(string pattern)
    {
        if (!pattern.Contains('$') || pattern.Contains("(?#", StringComparison.Ordinal) || HasPatternWhitespaceOption(pattern))
        {
            return pattern;
        }

        var rewritten = new StringBuilder(pattern.Length + 4);
        bool inClass = false;
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                rewritten.Append(c).Append(pattern[++i]);
                continue;
            }

            if (inClass)
            {
                inClass = c != ']';
            }
            else if (c == '[')
            {
                inClass = true;
                // A `]` first in a class (after an optional `^`) is a member, not the class's end.
                if (i + 1 < pattern.Length && pattern[i + 1] == '^')
                {
                    rewritten.Append(c);
                    c = pattern[++i];
                }

                if (i + 1 < pattern.Length && pattern[i + 1] == ']')
                {
                    rewritten.Append(c);
                    c = pattern[++i];
                }
            }
            else if (c == '$')
            {
                rewritten.Append(@"\z");
                continue;
            }

            rewritten.Append(c);
        }

        return rewritten.ToString();
    }

    // Inline options such as `(?x)`, `(?ix:` or `(?i-x)` turn on IgnorePatternWhitespace (a `-x` turns it off,
    // but telling them apart is not worth it: such a pattern just keeps its `$`).
    private static bool HasPatternWhitespaceOption(string pattern)
    {
        for (int at = pattern.IndexOf("(?", StringComparison.Ordinal); at >= 0; at = pattern.IndexOf("(?", at + 2, StringComparison.Ordinal))
        {
            for (int i = at + 2; i < pattern.Length && (char.IsAsciiLetter(pattern[i]) || pattern[i] == '-'); i++)
            {
                if (pattern[i] is 'x' or 'X')
                {
                    return true;
                }
            }
        }

        return false;
    }
}
