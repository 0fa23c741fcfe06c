using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace CorpusLint.Rules.Packs;

/// <summary>
/// How a match of a pattern anchored at the end of the line ends: with one of some texts, followed only by
/// characters its optional last atoms match (`(getty(\s+images)?|reuters|\bap\b|…)\s*\)?\s*$` ends with `images`,
/// `getty`, `reuters` or `ap`, then spaces and a bracket). A line that, stripped of those characters at its end,
/// ends with none of the texts is answered without the regex call. For the unanchored alternatives that
/// <see cref="PatternLiterals"/> would search the whole line for: the photo credits' texts (`ap` among them) stand
/// somewhere in many lines, but at the end of few.
/// </summary>
/// <remarks>
/// Callgrind over three folders of the corpus: the literal filter's searches 172 -> 81 M instructions, this test
/// 45 M; the photo credits still call their regex about as often, for their anchored alternatives begin like
/// many lines (`co`, `so`, `re`).
/// Sound because the last texts end with characters the stripped ones exclude (both cases: the sets are asked of the
/// engine ignoring case), so stripping stops where a match's text ends. Only ASCII lines are told anything: ignoring
/// case, the engine takes some other characters for ASCII letters (the Kelvin sign for `k`), and `\s` matches spaces
/// beyond ASCII; on ASCII, comparing ignoring ASCII case is what the engine does. The pattern is read like
/// <see cref="PatternLiterals"/> reads it; what is not understood gives nothing.
/// </remarks>
public sealed class PatternEnds
{
    private readonly string[] _texts;
    private readonly SearchValues<char> _trailing;

    // The texts' last characters in both cases: most lines end with none, and are answered by one test.
    private readonly UInt128 _lastCharacters;

    private PatternEnds(string[] texts, SearchValues<char> trailing)
    {
        _texts = texts;
        _trailing = trailing;
        foreach (var text in texts)
        {
            _lastCharacters |= (UInt128.One << char.ToLowerInvariant(text[^1])) | (UInt128.One << char.ToUpperInvariant(text[^1]));
        }
    }

    /// <summary>Whether the (trimmed) text may end like a match; false only for an ASCII line that cannot.</summary>
    public bool MayEnd(ReadOnlySpan<char> text)
    {
        if (!Ascii.IsValid(text))
        {
            return true;
        }

        var core = text[..(text.LastIndexOfAnyExcept(_trailing) + 1)];
        if (core.IsEmpty || !AtomCharacters.Holds(_lastCharacters, core[^1]))
        {
            return false;
        }

        foreach (var ending in _texts)
        {
            if (core.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How a top-level alternative anchored at its end ends, or null when it is not so anchored or not understood.</summary>
    public static PatternEnds? Of(string alternative, RegexOptions options)
    {
        if (options.HasFlag(RegexOptions.IgnorePatternWhitespace))
        {
            return null;
        }

        var cursor = new PatternCursor(alternative);
        var reader = new Reader(cursor, options);
        try
        {
            var pieces = reader.TopLevel();
            return cursor.AtEnd ? FromPieces(pieces) : null;
        }
        catch (Exception e) when (e is PatternNotUnderstoodException or ArgumentException)
        {
            return null;
        }
    }

    // From the end: an end anchor, then zero-width pieces and optional atoms of known characters (stripped), then
    // the piece whose endings the sequence up to it has.
    private static PatternEnds? FromPieces(List<Step> steps)
    {
        int i = steps.Count - 1;
        bool anchored = false;
        UInt128 trailing = UInt128.Zero;
        for (; i >= 0; i--)
        {
            var step = steps[i];
            if (step.Piece.IsEndAnchor && step.Minimum > 0)
            {
                // An optional anchor (`$?`) anchors nothing, and is passed over as the zero-width piece it is.
                anchored = true;
            }
            else if (step.Piece.Exact is "")
            {
                continue;
            }
            else if (anchored && step.Minimum == 0 && step.Piece.Characters is { } characters)
            {
                trailing |= characters;
            }
            else
            {
                break;
            }
        }

        if (!anchored || i < 0 || steps[i].MayBeEmpty || steps[i].Endings is not { Count: > 0 } endings
            || endings.Any(e => e.Length == 0 || !Ascii.IsValid(e) || AtomCharacters.Holds(trailing, char.ToLowerInvariant(e[^1])) || AtomCharacters.Holds(trailing, char.ToUpperInvariant(e[^1]))))
        {
            return null;
        }

        return new PatternEnds([.. endings.Distinct(StringComparer.OrdinalIgnoreCase)], SearchValues.Create(AtomCharacters.Members(trailing)));
    }


    /// <summary>
    /// A piece of a top-level sequence, its quantifier's minimum, the endings of the sequence up to and including it,
    /// and whether that much of the sequence may match the empty string.
    /// </summary>
    private readonly record struct Step(Piece Piece, int Minimum, IReadOnlyList<string>? Endings, bool MayBeEmpty);

    /// <summary>
    /// A piece of pattern: the one text it always matches (null when several, "" for an anchor or boundary), the texts
    /// one of which its non-empty matches end with (null when unknown), whether it may match the empty string, the
    /// ASCII characters it matches when it is one character's atom, and whether it is an end anchor.
    /// </summary>
    private readonly record struct Piece(string? Exact, IReadOnlyList<string>? Endings, bool Nullable = false, UInt128? Characters = null, bool IsEndAnchor = false)
    {
        public static Piece Empty { get; } = new("", null, Nullable: true);

        public IReadOnlyList<string>? EndingsOrExact => Exact is { Length: > 0 } text ? [text] : Endings;
    }

    /// <summary>Reads a pattern; each piece's exact text (when it has one) and endings.</summary>
    private sealed class Reader(PatternCursor cursor, RegexOptions options)
    {
        private readonly AtomCharacters _atoms = new(options);

        public List<Step> TopLevel()
        {
            var steps = new List<Step>();
            Read(step => steps.Add(step));
            return steps;
        }

        // The endings of a sequence: a run of exact pieces ends with the run; a piece that must match something ends
        // with its own endings; one that may match nothing, with its own or with what came before it; a zero-width one
        // changes nothing. Returns the endings and whether the whole sequence may match the empty string.
        private (IReadOnlyList<string>? Endings, bool MayBeEmpty) Read(Action<Step>? record)
        {
            var run = new StringBuilder();
            IReadOnlyList<string>? endings = null;

            // Whether the sequence so far may match the empty string, and whether it has read a piece that consumes
            // characters (before one, a match of the next piece is the whole match so far).
            bool empty = true, consumed = false;
            while (!cursor.AtSequenceEnd)
            {
                var piece = Atom();
                var (minimum, once, _) = cursor.TryQuantifier() ?? (1, true, false);
                if (piece.Exact is "")
                {
                    // An anchor, a boundary or a case switch: nothing matched, nothing changes.
                }
                else if (piece.Exact is { } text && once)
                {
                    run.Append(text);
                    endings = [run.ToString()];
                    empty = false;
                    consumed = true;
                }
                else
                {
                    run.Clear();
                    bool nullable = minimum == 0 || piece.Nullable;
                    var own = piece.EndingsOrExact;
                    endings = !nullable || !consumed ? own
                        : own is not null && endings is not null ? [.. own, .. endings] : null;
                    empty &= nullable;
                    consumed = true;
                }

                record?.Invoke(new Step(piece, minimum, endings, empty));
            }

            return (endings, empty);
        }

        // A group ends as one of its alternatives ends.
        private Piece Alternation()
        {
            var all = new List<string>();
            bool known = true, nullable = false;
            do
            {
                var (endings, empty) = Read(record: null);
                known &= endings is not null;
                nullable |= empty;
                all.AddRange(endings ?? []);
            }
            while (cursor.TryTake('|'));

            return new Piece(null, known ? all : null, nullable);
        }

        private Piece Atom()
        {
            int start = cursor.At;
            var (kind, c) = cursor.TakeAtom();
            return kind switch
            {
                AtomKind.Group => Group(),
                AtomKind.EndAnchor => Piece.Empty with { IsEndAnchor = true },
                AtomKind.StartAnchor or AtomKind.Boundary => Piece.Empty,
                AtomKind.Character or AtomKind.EscapedCharacter => new Piece(c.ToString(), null, Characters: _atoms.Of(cursor.Pattern[start..cursor.At])),
                _ => new Piece(null, null, Characters: _atoms.Of(cursor.Pattern[start..cursor.At])),
            };
        }

        private Piece Group()
        {
            if (!cursor.TakeGroupOpening())
            {
                return Piece.Empty;
            }

            var inside = Alternation();
            return cursor.TryTake(')') ? inside : throw new PatternNotUnderstoodException();
        }
    }
}
