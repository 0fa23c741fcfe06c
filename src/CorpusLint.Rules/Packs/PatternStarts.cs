using System.Buffers;
using System.Text.RegularExpressions;

namespace CorpusLint.Rules.Packs;

/// <summary>
/// Which ASCII characters can begin a match of a rule's patterns, when every pattern is anchored at the start
/// (`^by\s+…`, `^page\s+\d+…`: 37 of the built-in packs' 44). A pack rule asks its regex about every short line,
/// and most lines fail on their first character; the call itself (renting the runner, resetting the match)
/// costs more than that failure. A line whose first character is ASCII and outside the set is answered
/// without the call. Non-ASCII first characters always go to the regex: ignoring case, the Kelvin sign matches
/// `k` and the long s matches `s`, and this test does not repeat such rules.
/// </summary>
/// <remarks>
/// The pattern is read only as far as its first characters: after the anchor, each atom up to the first one
/// that must match a character. Which ASCII characters an atom matches is asked of the regex engine itself,
/// with and without ignoring case, so classes, escapes and case folding mean exactly what they mean to it.
/// Anything this reader does not know (lookarounds, backreferences, other inline options, an alternative
/// without the anchor) gives no set, and the rule asks its regex about every line as before.
/// When every pattern is anchored at its end too (`^…$`), a match is the whole line, so the line can hold only
/// ASCII characters some atom matches: `^(\S+@\S+\.\w+|…)$` no space, `^[^\p{L}\p{N}]+$` no ASCII letter.
/// </remarks>
public sealed class PatternStarts
{
    private readonly UInt128 _ascii;
    private readonly UInt128? _held;
    private readonly SearchValues<char>? _neverHeld;

    private PatternStarts(UInt128 ascii, UInt128? held)
    {
        _ascii = ascii;
        _held = held;
        var never = held is { } anywhere ? Enumerable.Range(0, 128).Where(c => ((anywhere >> c) & UInt128.One) == UInt128.Zero).Select(c => (char)c).ToArray() : [];
        _neverHeld = never.Length == 0 ? null : SearchValues.Create(never);
    }

    /// <summary>Whether a match may begin with this character (always, for a character outside ASCII).</summary>
    public bool MayStartWith(char first) => first >= 128 || ((_ascii >> first) & UInt128.One) != UInt128.Zero;

    /// <summary>Whether a match may be all of this text: false when the patterns span the whole line and it holds an ASCII character none of their atoms matches.</summary>
    public bool MayHold(ReadOnlySpan<char> text) => _neverHeld is not { } never || !text.ContainsAny(never);

    /// <summary>The characters that can begin a match of any of the patterns, or null when that cannot be told.</summary>
    public static PatternStarts? Of(IReadOnlyList<string> patterns, RegexOptions options)
    {
        var reader = new Reader(options);
        var each = new List<PatternStarts>();
        foreach (var pattern in patterns)
        {
            if (reader.Starts(pattern) is not { } starts)
            {
                return null;
            }

            each.Add(new PatternStarts(starts.First, starts.Held));
        }

        return Union(each);
    }

    /// <summary>What a match of any of these patterns can begin with and hold.</summary>
    public static PatternStarts Union(IEnumerable<PatternStarts> starts)
    {
        UInt128 first = UInt128.Zero;
        UInt128? held = UInt128.Zero;
        foreach (var one in starts)
        {
            first |= one._ascii;
            held = held is { } all && one._held is { } these ? all | these : null;
        }

        return new PatternStarts(first, held);
    }

    /// <summary>Reads patterns; remembers which ASCII characters each atom matches.</summary>
    private sealed class Reader(RegexOptions options)
    {
        // What the engine is asked with: the pack's options minus the engine choice, ignoring case and not.
        private readonly RegexOptions _options = (options & ~(RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.Compiled)) | RegexOptions.CultureInvariant;
        private readonly Dictionary<string, UInt128> _atoms = new(StringComparer.Ordinal);
        private PatternCursor _cursor = new("");

        // The ASCII characters the atoms read so far match, wherever they stand in the pattern.
        private UInt128 _held;

        /// <summary>
        /// The first characters of a pattern anchored at its start, and the characters a match can hold when every
        /// alternative is anchored at its end too (else null); null when it is not anchored, or is not understood.
        /// </summary>
        public (UInt128 First, UInt128? Held)? Starts(string pattern)
        {
            _cursor = new PatternCursor(pattern);
            _held = UInt128.Zero;
            try
            {
                var first = UInt128.Zero;
                bool wholeLine = true;
                do
                {
                    if (!TryAnchor() || Sequence(needed: true) is not { Nullable: false } sequence)
                    {
                        // Unanchored, or matching the empty string at the start: any line may match.
                        return null;
                    }

                    first |= sequence.First;
                    wholeLine &= EndsAnchored();
                }
                while (_cursor.TryTake('|'));

                return _cursor.AtEnd ? (first, wholeLine ? _held : null) : null;
            }
            catch (Exception e) when (e is PatternNotUnderstoodException or ArgumentException)
            {
                return null;
            }
        }

        private bool TryAnchor() => _cursor.TryTake('^') || _cursor.TryTakeText(@"\A");

        // Whether the alternative just read ends with an end anchor of its own: `$` not escaped, or `\z`. A `$` or `z`
        // that ended a class, a group or a quantified atom would be followed by `]`, `)` or the quantifier.
        private bool EndsAnchored()
        {
            var read = _cursor.Pattern.AsSpan(0, _cursor.At);
            if (read.IsEmpty || read[^1] is not ('$' or 'z' or 'Z'))
            {
                return false;
            }

            var before = read[..^1];
            int backslashes = before.Length - before.TrimEnd('\\').Length;
            return read[^1] == '$' ? backslashes % 2 == 0 : backslashes % 2 == 1;
        }

        // A sequence of quantified atoms: its first characters are those of each atom up to the first that
        // cannot match the empty string. The atoms after it are only read past (`needed` false), not asked about.
        private Fragment Sequence(bool needed)
        {
            var first = UInt128.Zero;
            bool nullable = true;
            while (!_cursor.AtSequenceEnd)
            {
                var atom = Quantified(needed && nullable);
                if (nullable)
                {
                    first |= atom.First;
                    nullable = atom.Nullable;
                }
            }

            return new Fragment(first, nullable);
        }

        private Fragment Alternation(bool needed)
        {
            var first = UInt128.Zero;
            bool nullable = false;
            do
            {
                var sequence = Sequence(needed);
                first |= sequence.First;
                nullable |= sequence.Nullable;
            }
            while (_cursor.TryTake('|'));

            return new Fragment(first, nullable);
        }

        private Fragment Quantified(bool needed)
        {
            var atom = Atom(needed);
            return _cursor.TryQuantifier() is { Minimum: 0 } ? atom with { Nullable = true } : atom;
        }

        private Fragment Atom(bool needed)
        {
            int start = _cursor.At;
            switch (_cursor.Take())
            {
                case '(':
                    return Group(needed);
                case '[':
                    _cursor.SkipClass();
                    return Characters(start, needed);
                case '^' or '$':
                    return Fragment.Empty;
                case '\\':
                    return Escape(start, needed);
                case '*' or '+' or '?':
                    throw new PatternNotUnderstoodException();
                default:
                    return Characters(start, needed);
            }
        }

        private Fragment Group(bool needed)
        {
            if (!_cursor.TakeGroupOpening())
            {
                return Fragment.Empty;
            }

            var inside = Alternation(needed);
            return _cursor.TryTake(')') ? inside : throw new PatternNotUnderstoodException();
        }

        private Fragment Escape(int start, bool needed)
        {
            switch (_cursor.Take())
            {
                case 'b' or 'B' or 'z' or 'Z':
                    return Fragment.Empty;
                case 'p' or 'P':
                    _cursor.SkipPast('}');
                    break;
                case 'u':
                    _cursor.Skip(4);
                    break;
                case 'x':
                    _cursor.Skip(2);
                    break;
                case 'c':
                    _cursor.Skip(1);
                    break;
                case >= '0' and <= '9' or 'k' or 'G' or 'A':
                    // A backreference, or an anchor in the middle of a pattern.
                    throw new PatternNotUnderstoodException();
            }

            return Characters(start, needed);
        }

        // One character's worth of pattern, from start to here: which ASCII characters the engine says it matches.
        private Fragment Characters(int start, bool needed)
        {
            string atom = _cursor.Pattern[start.._cursor.At];
            if (!_atoms.TryGetValue(atom, out var set))
            {
                // One scan of the ASCII characters per case setting, not a match per character: every atom read
                // here matches one character, so each match is the character at its index.
                foreach (var caseOptions in (ReadOnlySpan<RegexOptions>)[_options, _options | RegexOptions.IgnoreCase])
                {
                    foreach (Match match in new Regex("(?:" + atom + ")", caseOptions).Matches(CodeUnits.Ascii))
                    {
                        set |= match.Length == 1 ? UInt128.One << match.Index : throw new PatternNotUnderstoodException();
                    }
                }

                _atoms[atom] = set;
            }

            _held |= set;
            return new Fragment(needed ? set : UInt128.Zero, Nullable: false);
        }
    }

    /// <summary>What a piece of pattern can begin with, and whether it can match the empty string.</summary>
    private readonly record struct Fragment(UInt128 First, bool Nullable)
    {
        public static Fragment Empty { get; } = new(UInt128.Zero, Nullable: true);
    }
}
