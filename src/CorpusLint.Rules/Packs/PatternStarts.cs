using System.Buffers;
using System.Text.RegularExpressions;

namespace CorpusLint.Rules.Packs;

/// <summary>
/// How a match of a rule's patterns can begin, when every pattern is anchored at the start (`^by\s+…`,
/// `^page\s+\d+…`: 37 of the built-in packs' 44): which ASCII characters can come first, and which pairs of them
/// first and second. A pack rule asks its regex about every short line, and most lines fail on their first two
/// characters; the call itself (renting the runner, resetting the match) costs more than that failure. A line
/// that begins with ASCII characters no match begins with is answered without the call. The first character
/// alone let through some 25,000 lines per folder of the corpus to rules such as CL3002 (`^(post|leave|add|…)`),
/// which matched about 300 of them: a line beginning `Pa` or `Le` begins as no match does. Non-ASCII
/// characters always go to the regex: ignoring case, the Kelvin sign matches `k` and the long s matches `s`, and
/// this test does not repeat such rules.
/// </summary>
/// <remarks>
/// The pattern is read as a sequence of atoms after the anchor: what each can match first and second follows
/// from the atoms that can match one character or none before it. Which ASCII characters an atom matches is asked of the regex engine itself,
/// with and without ignoring case, so classes, escapes and case folding mean exactly what they mean to it.
/// Anything this reader does not know (lookarounds, backreferences, other inline options, an alternative
/// without the anchor) gives no set, and the rule asks its regex about every line as before.
/// When every pattern is anchored at its end too (`^…$`), a match is the whole line, so the line can hold only
/// ASCII characters some atom matches: `^(\S+@\S+\.\w+|…)$` no space, `^[^\p{L}\p{N}]+$` no ASCII letter.
/// When every alternative has an atom it cannot match without, and that atom matches only digits among ASCII
/// characters (`\d`, `[0-9]`), a line with no digit cannot match: the date rule's patterns begin like almost any
/// line (`^[\s,|:]*(updated…)?(mon…)?(jan…|\d…)`) but all need one. A line with a character outside ASCII
/// still goes to the regex (`\d` matches every script's digits).
/// </remarks>
public sealed class PatternStarts
{
    private readonly UInt128 _ascii;
    private readonly UInt128 _single;
    private readonly UInt128[] _seconds;
    private readonly UInt128? _held;
    private readonly SearchValues<char>? _neverHeld;
    private readonly bool _needsDigit;

    private PatternStarts(Fragment start, UInt128? held)
    {
        _ascii = start.First;
        _single = start.Single;
        _seconds = start.Seconds;
        _needsDigit = start.NeedsDigit;
        _held = held;
        var never = held is { } anywhere ? AtomCharacters.Members(~anywhere) : [];
        _neverHeld = never.Length == 0 ? null : SearchValues.Create(never);
    }

    /// <summary>Whether a match may begin with this character (always, for a character outside ASCII).</summary>
    public bool MayStartWith(char first) => first >= 128 || AtomCharacters.Holds(_ascii, first);

    /// <summary>
    /// Whether a match may begin this (non-empty) text: its first character may start one, and either that
    /// character alone may be a match or the text's second character may follow it in one. A character outside
    /// ASCII is let through wherever it stands.
    /// </summary>
    public bool MayBegin(ReadOnlySpan<char> text)
    {
        char first = text[0];
        if (first >= 128)
        {
            return true;
        }

        return AtomCharacters.Holds(_ascii, first)
            && (AtomCharacters.Holds(_single, first) || (text.Length >= 2 && (text[1] >= 128 || AtomCharacters.Holds(_seconds[first], text[1]))));
    }

    /// <summary>
    /// Whether this text holds what a match needs: false when the patterns span the whole line and it holds an
    /// ASCII character none of their atoms matches, or when every match needs a digit and it holds none (nor any
    /// character outside ASCII).
    /// </summary>
    public bool MayHold(ReadOnlySpan<char> text) =>
        (_neverHeld is not { } never || !text.ContainsAny(never))
        && (!_needsDigit || text.ContainsAnyInRange('0', '9') || text.ContainsAnyExceptInRange('\0', '\x7F'));

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

            each.Add(new PatternStarts(starts.Start, starts.Held));
        }

        return Union(each);
    }

    /// <summary>What a match of any of these patterns can begin with and hold.</summary>
    public static PatternStarts Union(IEnumerable<PatternStarts> starts)
    {
        var start = Fragment.Nothing;
        UInt128? held = UInt128.Zero;
        foreach (var one in starts)
        {
            start = start.Or(new Fragment(one._ascii, one._single, one._seconds, Nullable: false, one._needsDigit));
            held = held is { } all && one._held is { } these ? all | these : null;
        }

        return new PatternStarts(start, held);
    }

    /// <summary>Reads patterns; remembers which ASCII characters each atom matches.</summary>
    private sealed class Reader(RegexOptions options)
    {
        private readonly AtomCharacters _atoms = new(options);
        private PatternCursor _cursor = new("");

        // The ASCII characters the atoms read so far match, wherever they stand in the pattern.
        private UInt128 _held;

        /// <summary>
        /// How a match of a pattern anchored at its start begins, and the characters a match can hold when every
        /// alternative is anchored at its end too (else null); null when it is not anchored, or is not understood.
        /// </summary>
        public (Fragment Start, UInt128? Held)? Starts(string pattern)
        {
            _cursor = new PatternCursor(pattern);
            _held = UInt128.Zero;
            try
            {
                var start = Fragment.Nothing;
                bool wholeLine = true;
                do
                {
                    if (!TryAnchor() || Sequence() is not { Nullable: false } sequence)
                    {
                        // Unanchored, or matching the empty string at the start: any line may match.
                        return null;
                    }

                    start = start.Or(sequence);
                    wholeLine &= EndsAnchored();
                }
                while (_cursor.TryTake('|'));

                return _cursor.AtEnd ? (start, wholeLine ? _held : null) : null;
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

        // A sequence of quantified atoms, each followed by the next.
        private Fragment Sequence()
        {
            var sequence = Fragment.Empty;
            while (!_cursor.AtSequenceEnd)
            {
                sequence = sequence.Then(Quantified());
            }

            return sequence;
        }

        private Fragment Alternation()
        {
            var alternation = Fragment.Nothing;
            do
            {
                alternation = alternation.Or(Sequence());
            }
            while (_cursor.TryTake('|'));

            return alternation;
        }

        // A repeated atom (`*`, `+`, `{n,m}` with m over 1; not `?`) can follow itself.
        private Fragment Quantified()
        {
            var atom = Atom();
            if (_cursor.TryQuantifier() is not { } quantifier)
            {
                return atom;
            }

            // Two of them begin as any number does: a first one of one character is followed by another's first.
            var repeated = quantifier.Repeats ? atom.Or(atom.Then(atom)) : atom;
            return quantifier.Minimum == 0 ? repeated with { Nullable = true, NeedsDigit = false } : repeated;
        }

        private Fragment Atom()
        {
            int start = _cursor.At;
            return _cursor.TakeAtom().Kind switch
            {
                AtomKind.Group => Group(),
                AtomKind.StartAnchor or AtomKind.EndAnchor or AtomKind.Boundary => Fragment.Empty,
                _ => Characters(start),
            };
        }

        private Fragment Group()
        {
            if (!_cursor.TakeGroupOpening())
            {
                return Fragment.Empty;
            }

            var inside = Alternation();
            return _cursor.TryTake(')') ? inside : throw new PatternNotUnderstoodException();
        }

        // One character's worth of pattern, from start to here: which ASCII characters the engine says it matches.
        private Fragment Characters(int start)
        {
            var set = _atoms.Of(_cursor.Pattern[start.._cursor.At]);
            _held |= set;
            return Fragment.Of(set);
        }
    }

    /// <summary>
    /// How a piece of pattern's matches begin: the ASCII characters that can come first, those that can be a whole
    /// match on their own, which can come second after each first one, and whether it can match the empty string;
    /// and whether every match holds a digit (or a character outside ASCII).
    /// </summary>
    private readonly record struct Fragment(UInt128 First, UInt128 Single, UInt128[] Seconds, bool Nullable, bool NeedsDigit)
    {
        private static readonly UInt128 Digits = ((UInt128.One << 10) - UInt128.One) << '0';

        /// <summary>Matches only the empty string (an anchor, `\b`, a switch of case).</summary>
        public static Fragment Empty => new(UInt128.Zero, UInt128.Zero, new UInt128[128], Nullable: true, NeedsDigit: false);

        /// <summary>Matches nothing: where an alternation starts (so each alternative's need of a digit decides).</summary>
        public static Fragment Nothing => Empty with { Nullable = false, NeedsDigit = true };

        /// <summary>One character of these: a digit when they are digits alone among ASCII characters.</summary>
        public static Fragment Of(UInt128 characters) => new(characters, characters, new UInt128[128], Nullable: false, NeedsDigit: (characters & ~Digits) == UInt128.Zero);

        /// <summary>A match of this or of the other.</summary>
        public Fragment Or(Fragment other)
        {
            var seconds = (UInt128[])Seconds.Clone();
            for (int c = 0; c < 128; c++)
            {
                seconds[c] |= other.Seconds[c];
            }

            return new Fragment(First | other.First, Single | other.Single, seconds, Nullable || other.Nullable, NeedsDigit && other.NeedsDigit);
        }

        /// <summary>
        /// A match of this followed by one of the next: it begins as this does, or as the next does when this
        /// matched nothing; a character this matched alone is followed by the next one's first. It holds a digit
        /// when either part must.
        /// </summary>
        public Fragment Then(Fragment next)
        {
            var seconds = (UInt128[])Seconds.Clone();
            for (int c = 0; c < 128; c++)
            {
                if (AtomCharacters.Holds(Single, (char)c))
                {
                    seconds[c] |= next.First;
                }

                if (Nullable)
                {
                    seconds[c] |= next.Seconds[c];
                }
            }

            return new Fragment(
                First | (Nullable ? next.First : UInt128.Zero),
                (next.Nullable ? Single : UInt128.Zero) | (Nullable ? next.Single : UInt128.Zero),
                seconds,
                Nullable && next.Nullable,
                NeedsDigit || next.NeedsDigit);
        }
    }
}
