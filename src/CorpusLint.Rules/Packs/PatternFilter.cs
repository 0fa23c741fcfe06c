using System.Text.RegularExpressions;

namespace CorpusLint.Rules.Packs;

/// <summary>
/// What a line must look like for a pack rule's patterns to match it, tested before the regex call (which costs
/// 100 to 300 ns even on a line it fails at once). Each top-level alternative anchored at the start is told by the
/// first two characters its matches can begin with (<see cref="PatternStarts"/>), each one anchored at the end by the
/// texts its matches end with (<see cref="PatternEnds"/>), each other one by texts its matches must contain
/// (<see cref="PatternLiterals"/>). A line passes when it begins like a match of the first kind, ends like one of
/// the second or holds a text of the third. A rule with an unanchored alternative that requires no text has no filter.
/// </summary>
/// <remarks>
/// An anchored alternative's texts are not searched for as well: its regex fails about as fast as that search
/// (callgrind over 14 MB of the corpus: searching them too cost more than the regex calls it spared).
/// </remarks>
public sealed class PatternFilter
{
    private readonly PatternStarts? _starts;
    private readonly PatternEnds[] _ends;
    private readonly PatternLiterals? _texts;

    private PatternFilter(PatternStarts? starts, PatternEnds[] ends, PatternLiterals? texts)
    {
        _starts = starts;
        _ends = ends;
        _texts = texts;
    }

    /// <summary>Whether the patterns may match this trimmed text; false only when no alternative can.</summary>
    public bool MayMatch(ReadOnlySpan<char> trimmed) =>
        trimmed.IsEmpty
        || (_starts is { } starts && starts.MayBegin(trimmed) && starts.MayHold(trimmed))
        || (_ends.Length > 0 && MayEnd(trimmed))
        || (_texts is { } texts && texts.MayMatch(trimmed));

    /// <summary>
    /// Whether a trimmed text beginning with <paramref name="start"/> (its first one or two characters) may match:
    /// false only when every alternative is anchored at the start and none begins so. A second character outside
    /// ASCII is let through whatever it is (<see cref="PatternStarts.MayBegin"/>).
    /// </summary>
    public bool MayBegin(ReadOnlySpan<char> start) =>
        start.IsEmpty || _ends.Length > 0 || _texts is not null || (_starts is { } starts && starts.MayBegin(start));

    private bool MayEnd(ReadOnlySpan<char> trimmed)
    {
        foreach (var ends in _ends)
        {
            if (ends.MayEnd(trimmed))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The filter of a rule's patterns, or null when some alternative can be told nothing about.</summary>
    public static PatternFilter? Of(IReadOnlyList<string> patterns, RegexOptions options)
    {
        var anchored = new List<PatternStarts>();
        var endAnchored = new List<PatternEnds>();
        var texts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pattern in patterns)
        {
            // A pattern the literal reader does not understand may still be anchored as a whole.
            var alternatives = PatternLiterals.Alternatives(pattern, options) ?? [(pattern, null)];
            foreach (var (source, required) in alternatives)
            {
                if (PatternStarts.Of([source], options) is { } starts)
                {
                    anchored.Add(starts);
                }
                else if (PatternEnds.Of(source, options) is { } ends)
                {
                    endAnchored.Add(ends);
                }
                else if (required is not null)
                {
                    texts.UnionWith(required);
                }
                else
                {
                    return null;
                }
            }
        }

        return new PatternFilter(
            anchored.Count == 0 ? null : PatternStarts.Union(anchored),
            [.. endAnchored],
            texts.Count == 0 ? null : PatternLiterals.Of(texts, options));
    }
}
