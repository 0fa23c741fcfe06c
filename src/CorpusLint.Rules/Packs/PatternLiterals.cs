using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace CorpusLint.Rules.Packs;

/// <summary>
/// Texts one of which every match of a pattern contains (`cookies` for `\b(we|our\s+site)\s+uses?\s+cookies\b`,
/// one of `reserved`, `copyright`, `©` for a copyright line's three patterns): a line with none of them is
/// answered without its regex call. For the pack rules whose patterns are not anchored at the start
/// (<see cref="PatternStarts"/> covers those), which scan every line of up to 60 words and match almost none.
/// </summary>
/// <remarks>
/// The texts are found with a vectorised search ignoring case (ordinal). The regex engine, ignoring case,
/// takes some characters for a letter that such a search does not (the Kelvin sign for `k`): which ones is asked
/// of the engine itself for each character of the texts, and a line holding one of them goes to the regex.
/// The pattern is read as a sequence of atoms: a run of literal characters is a text the match contains, a group
/// whose every alternative contains a text contains one of those, and the sequence keeps its longest such
/// requirement. Anything optional or repeated from zero requires nothing; anything not understood (lookarounds,
/// backreferences, other inline options) gives no texts.
/// </remarks>
public sealed class PatternLiterals
{
    // Rules share most of their texts' letters; each is asked of the engine once per process.
    private static readonly ConcurrentDictionary<(char Character, RegexOptions Options), char[]> EngineFoldings = new();

    private readonly SearchValues<string>[] _texts;
    private readonly SearchValues<char>? _characters;

    private PatternLiterals(SearchValues<string>[] texts, SearchValues<char>? characters)
    {
        _texts = texts;
        _characters = characters;
    }

    /// <summary>
    /// Whether the text may hold a match: it contains one of the texts, or a character that lets it through (a
    /// one-character text as the engine matches it, or a character the search would not take for one of the others').
    /// </summary>
    public bool MayMatch(ReadOnlySpan<char> text)
    {
        foreach (var search in _texts)
        {
            if (text.ContainsAny(search))
            {
                return true;
            }
        }

        return _characters is { } characters && text.ContainsAny(characters);
    }

    /// <summary>A search for any of these texts, ignoring case as the engine does with <paramref name="options"/>.</summary>
    /// <remarks>
    /// Each text is searched for on its own: a search for one text is a vectorised scan for its first characters,
    /// where a search for several at once cost about 1,300 instructions per line (callgrind: `reserved` and
    /// `copyright` over lines of up to 25 words), more than the regex call it spares.
    /// </remarks>
    public static PatternLiterals Of(IReadOnlyCollection<string> texts, RegexOptions options)
    {
        var engine = (options & ~(RegexOptions.NonBacktracking | RegexOptions.Compiled)) | RegexOptions.IgnoreCase;
        var characters = new HashSet<char>();
        foreach (char c in texts.SelectMany(t => t).Distinct())
        {
            var ordinal = SearchValues.Create([c.ToString()], StringComparison.OrdinalIgnoreCase);
            bool alone = texts.Contains(c.ToString());
            foreach (char folded in EngineFoldings.GetOrAdd((c, engine), static key => FoldingsOf(key.Character, key.Options)))
            {
                if (alone || !folded.ToString().AsSpan().ContainsAny(ordinal))
                {
                    characters.Add(folded);
                }
            }
        }

        return new PatternLiterals(
            [.. texts.Where(t => t.Length > 1).Select(t => SearchValues.Create([t], StringComparison.OrdinalIgnoreCase))],
            characters.Count == 0 ? null : SearchValues.Create([.. characters]));
    }

    // Every character the engine matches for this one, ignoring case: one scan of all of them per character.
    private static char[] FoldingsOf(char character, RegexOptions engine) =>
        [.. new Regex(Regex.Escape(character.ToString()), engine).Matches(CodeUnits.All).Select(m => m.ValueSpan[0])];

    /// <summary>
    /// A pattern's top-level alternatives, each with the texts one of which its matches contain (null when none can
    /// be told); null when the pattern is not understood.
    /// </summary>
    public static IReadOnlyList<(string Source, IReadOnlyList<string>? Texts)>? Alternatives(string pattern, RegexOptions options)
    {
        if (options.HasFlag(RegexOptions.IgnorePatternWhitespace))
        {
            return null;
        }

        var cursor = new PatternCursor(pattern);
        var reader = new Reader(cursor);
        try
        {
            var alternatives = new List<(string, IReadOnlyList<string>?)>();
            do
            {
                int start = cursor.At;
                var sequence = reader.Sequence();
                alternatives.Add((pattern[start..cursor.At], sequence.Required));
            }
            while (cursor.TryTake('|'));

            return cursor.AtEnd ? alternatives : null;
        }
        catch (PatternNotUnderstoodException)
        {
            return null;
        }
    }

    /// <summary>Reads a pattern; each piece's exact text (when it has one) and required texts.</summary>
    private sealed class Reader(PatternCursor cursor)
    {
        // Consecutive exact pieces make one run of text; the sequence requires the best of its runs and of what its
        // other (non-optional) pieces require.
        public Piece Sequence()
        {
            var run = new StringBuilder();
            var exact = new StringBuilder();
            bool isExact = true;
            IReadOnlyList<string>? best = null;
            while (!cursor.AtSequenceEnd)
            {
                var piece = Atom();
                var (minimum, once, _) = cursor.TryQuantifier() ?? (1, true, false);
                if (piece.Exact is { } text && once)
                {
                    run.Append(text);
                    exact.Append(text);
                    continue;
                }

                best = Better(best, run);
                run.Clear();
                isExact = false;
                if (minimum > 0)
                {
                    best = Better(best, piece.RequiredOrExact);
                }
            }

            best = Better(best, run);
            return new Piece(isExact ? exact.ToString() : null, best);
        }

        // A set of texts is better when its shortest text is longer (rarer in prose), then when it has fewer.
        private static IReadOnlyList<string>? Better(IReadOnlyList<string>? current, StringBuilder run) =>
            run.Length == 0 ? current : Better(current, [run.ToString()]);

        private static IReadOnlyList<string>? Better(IReadOnlyList<string>? current, IReadOnlyList<string>? candidate)
        {
            if (candidate is null || current is null)
            {
                return current ?? candidate;
            }

            int shortest = candidate.Min(t => t.Length), currentShortest = current.Min(t => t.Length);
            return shortest > currentShortest || (shortest == currentShortest && candidate.Count < current.Count) ? candidate : current;
        }

        private Piece Alternation()
        {
            var first = Sequence();
            if (!cursor.TryTake('|'))
            {
                return first;
            }

            var texts = first.RequiredOrExact is { } firstTexts ? new List<string>(firstTexts) : null;
            do
            {
                var next = Sequence();
                texts = next.RequiredOrExact is { } more && texts is not null ? [.. texts, .. more] : null;
            }
            while (cursor.TryTake('|'));

            return new Piece(null, texts?.Distinct(StringComparer.Ordinal).ToList());
        }

        private Piece Atom()
        {
            var (kind, c) = cursor.TakeAtom();
            return kind switch
            {
                AtomKind.Group => Group(),
                AtomKind.StartAnchor or AtomKind.EndAnchor or AtomKind.Boundary => Piece.Empty,
                AtomKind.Character or AtomKind.EscapedCharacter => new Piece(c.ToString(), null),
                _ => Piece.Unknown,
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

    /// <summary>
    /// A piece of pattern: the one text it always matches (null when it matches several), and texts one of which
    /// each of its matches contains (null when none can be told).
    /// </summary>
    private readonly record struct Piece(string? Exact, IReadOnlyList<string>? Required)
    {
        public static Piece Empty { get; } = new("", null);

        public static Piece Unknown { get; } = new(null, null);

        public IReadOnlyList<string>? RequiredOrExact => Exact is { Length: > 0 } text ? [text] : Required;
    }

}
