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
/// </remarks>
public sealed class PatternStarts
{
    private readonly UInt128 _ascii;

    private PatternStarts(UInt128 ascii) => _ascii = ascii;

    /// <summary>Whether a match may begin with this character (always, for a character outside ASCII).</summary>
    public bool MayStartWith(char first) => first >= 128 || ((_ascii >> first) & UInt128.One) != UInt128.Zero;

    /// <summary>The characters that can begin a match of any of the patterns, or null when that cannot be told.</summary>
    public static PatternStarts? Of(IReadOnlyList<string> patterns, RegexOptions options)
    {
        var reader = new Reader(options);
        UInt128 union = UInt128.Zero;
        foreach (var pattern in patterns)
        {
            if (reader.Starts(pattern) is not { } starts)
            {
                return null;
            }

            union |= starts;
        }

        return new PatternStarts(union);
    }

    /// <summary>Reads patterns; remembers which ASCII characters each atom matches.</summary>
    private sealed class Reader(RegexOptions options)
    {
        // What the engine is asked with: the pack's options minus the engine choice, ignoring case and not.
        private readonly RegexOptions _options = (options & ~(RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.Compiled)) | RegexOptions.CultureInvariant;
        private readonly Dictionary<string, UInt128> _atoms = new(StringComparer.Ordinal);
        private string _pattern = "";
        private int _at;

        /// <summary>The first characters of a pattern anchored at its start; null when it is not, or is not understood.</summary>
        public UInt128? Starts(string pattern)
        {
            (_pattern, _at) = (pattern, 0);
            try
            {
                var first = UInt128.Zero;
                do
                {
                    if (!TryAnchor() || Sequence(needed: true) is not { Nullable: false } sequence)
                    {
                        // Unanchored, or matching the empty string at the start: any line may match.
                        return null;
                    }

                    first |= sequence.First;
                }
                while (TryTake('|'));

                return _at == _pattern.Length ? first : null;
            }
            catch (Exception e) when (e is NotUnderstood or ArgumentException)
            {
                return null;
            }
        }

        private bool TryAnchor() => TryTake('^') || TryTakeText(@"\A");

        // A sequence of quantified atoms: its first characters are those of each atom up to the first that
        // cannot match the empty string. The atoms after it are only read past (`needed` false), not asked about.
        private Fragment Sequence(bool needed)
        {
            var first = UInt128.Zero;
            bool nullable = true;
            while (_at < _pattern.Length && _pattern[_at] is not ('|' or ')'))
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
            while (TryTake('|'));

            return new Fragment(first, nullable);
        }

        private Fragment Quantified(bool needed)
        {
            var atom = Atom(needed);
            int? min = null;
            if (TryTake('*') || TryTake('?'))
            {
                min = 0;
            }
            else if (TryTake('+'))
            {
                min = 1;
            }
            else if (Regex.Match(_pattern[_at..], @"^\{([0-9]+)(,[0-9]*)?\}") is { Success: true } braces)
            {
                min = int.Parse(braces.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                _at += braces.Length;
            }

            if (min is not null)
            {
                TryTake('?');
            }

            return min == 0 ? atom with { Nullable = true } : atom;
        }

        private Fragment Atom(bool needed)
        {
            int start = _at;
            char c = _pattern[_at++];
            switch (c)
            {
                case '(':
                    return Group(needed);
                case '[':
                    SkipClass();
                    return Characters(start, needed);
                case '^' or '$':
                    return Fragment.Empty;
                case '\\':
                    return Escape(start, needed);
                case '*' or '+' or '?':
                    throw new NotUnderstood();
                default:
                    return Characters(start, needed);
            }
        }

        private Fragment Group(bool needed)
        {
            if (TryTake('?'))
            {
                // Only groups that group: plain, and case switched on or off. `(?i)` and `(?-i)` match nothing.
                if (TryTakeText("i)") || TryTakeText("-i)"))
                {
                    return Fragment.Empty;
                }

                if (!(TryTake(':') || TryTakeText("i:") || TryTakeText("-i:")))
                {
                    throw new NotUnderstood();
                }
            }

            var inside = Alternation(needed);
            return TryTake(')') ? inside : throw new NotUnderstood();
        }

        private Fragment Escape(int start, bool needed)
        {
            if (_at >= _pattern.Length)
            {
                throw new NotUnderstood();
            }

            char c = _pattern[_at++];
            switch (c)
            {
                case 'b' or 'B' or 'z' or 'Z':
                    return Fragment.Empty;
                case 'p' or 'P':
                    SkipPast('}');
                    break;
                case 'u':
                    _at += 4;
                    break;
                case 'x':
                    _at += 2;
                    break;
                case 'c':
                    _at += 1;
                    break;
                case >= '0' and <= '9' or 'k' or 'G' or 'A':
                    // A backreference, or an anchor in the middle of a pattern.
                    throw new NotUnderstood();
            }

            return _at <= _pattern.Length ? Characters(start, needed) : throw new NotUnderstood();
        }

        // A class ends at the first `]` that is not its first member (after an optional `^`) and not escaped;
        // a subtracted class `-[…]` inside it is skipped whole.
        private void SkipClass()
        {
            TryTake('^');
            TryTake(']');
            while (_at < _pattern.Length)
            {
                char c = _pattern[_at++];
                if (c == '\\')
                {
                    _at++;
                }
                else if (c == '-' && _at < _pattern.Length && _pattern[_at] == '[')
                {
                    _at++;
                    SkipClass();
                }
                else if (c == ']')
                {
                    return;
                }
            }

            throw new NotUnderstood();
        }

        private void SkipPast(char end)
        {
            int found = _pattern.IndexOf(end, _at);
            _at = found >= 0 ? found + 1 : throw new NotUnderstood();
        }

        // One character's worth of pattern, from start to here: which ASCII characters the engine says it matches.
        private Fragment Characters(int start, bool needed)
        {
            if (!needed)
            {
                return new Fragment(UInt128.Zero, Nullable: false);
            }

            string atom = _pattern[start.._at];
            if (!_atoms.TryGetValue(atom, out var set))
            {
                var exact = new Regex(@"\A(?:" + atom + @")\z", _options);
                var folded = new Regex(@"\A(?:" + atom + @")\z", _options | RegexOptions.IgnoreCase);
                for (int c = 0; c < 128; c++)
                {
                    var text = ((char)c).ToString();
                    if (exact.IsMatch(text) || folded.IsMatch(text))
                    {
                        set |= UInt128.One << c;
                    }
                }

                _atoms[atom] = set;
            }

            return new Fragment(set, Nullable: false);
        }

        private bool TryTake(char c)
        {
            if (_at < _pattern.Length && _pattern[_at] == c)
            {
                _at++;
                return true;
            }

            return false;
        }

        private bool TryTakeText(string text)
        {
            if (string.CompareOrdinal(_pattern, _at, text, 0, text.Length) == 0)
            {
                _at += text.Length;
                return true;
            }

            return false;
        }
    }

    /// <summary>What a piece of pattern can begin with, and whether it can match the empty string.</summary>
    private readonly record struct Fragment(UInt128 First, bool Nullable)
    {
        public static Fragment Empty { get; } = new(UInt128.Zero, Nullable: true);
    }

    private sealed class NotUnderstood : Exception;
}
