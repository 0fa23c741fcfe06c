using System.Text.RegularExpressions;

namespace CorpusLint.Rules.Packs;

/// <summary>
/// A position in a pack pattern and the reading that <see cref="PatternStarts"/> and <see cref="PatternLiterals"/>
/// share: characters, classes, quantifiers and group openings, as the .NET engine reads them. What neither reader
/// knows throws <see cref="PatternNotUnderstoodException"/>, and the reader then tells nothing about the pattern.
/// </summary>
internal sealed class PatternCursor(string pattern)
{
    public string Pattern => pattern;

    public int At { get; private set; }

    public bool AtEnd => At == pattern.Length;

    /// <summary>At the end of a sequence: the pattern's end, an alternative's `|` or a group's `)`.</summary>
    public bool AtSequenceEnd => AtEnd || pattern[At] is '|' or ')';

    public char Take() => At < pattern.Length ? pattern[At++] : throw new PatternNotUnderstoodException();

    /// <summary>Moves past characters an escape is followed by (`\u2014`, `\x2B`), which must be there.</summary>
    public void Skip(int count) => At = At + count <= pattern.Length ? At + count : throw new PatternNotUnderstoodException();

    public bool TryTake(char c)
    {
        if (At < pattern.Length && pattern[At] == c)
        {
            At++;
            return true;
        }

        return false;
    }

    public bool TryTakeText(string text)
    {
        if (string.CompareOrdinal(pattern, At, text, 0, text.Length) == 0)
        {
            At += text.Length;
            return true;
        }

        return false;
    }

    public void SkipPast(char end)
    {
        int found = pattern.IndexOf(end, At);
        At = found >= 0 ? found + 1 : throw new PatternNotUnderstoodException();
    }

    /// <summary>
    /// After its `[`: a class ends at the first `]` that is not its first member (after an optional `^`) and not
    /// escaped; a subtracted class `-[…]` inside it is skipped whole.
    /// </summary>
    public void SkipClass()
    {
        TryTake('^');
        TryTake(']');
        while (At < pattern.Length)
        {
            char c = pattern[At++];
            if (c == '\\')
            {
                At++;
            }
            else if (c == '-' && At < pattern.Length && pattern[At] == '[')
            {
                At++;
                SkipClass();
            }
            else if (c == ']')
            {
                return;
            }
        }

        throw new PatternNotUnderstoodException();
    }

    /// <summary>
    /// The quantifier here, lazy or not: how many times the piece before it must match at least, whether it
    /// matches exactly once (`{1}`), and whether it may match more than once (not `?`, `{0,1}`); null when there
    /// is none (a `{` that is no quantifier is a character).
    /// </summary>
    public (int Minimum, bool Once, bool Repeats)? TryQuantifier()
    {
        (int, bool, bool)? quantifier = null;
        if (TryTake('*'))
        {
            quantifier = (0, false, true);
        }
        else if (TryTake('?'))
        {
            quantifier = (0, false, false);
        }
        else if (TryTake('+'))
        {
            quantifier = (1, false, true);
        }
        else if (Regex.Match(pattern[At..], @"^\{([0-9]+)(,([0-9]*))?\}") is { Success: true } braces)
        {
            var culture = System.Globalization.CultureInfo.InvariantCulture;
            int minimum = int.Parse(braces.Groups[1].Value, culture);
            int maximum = !braces.Groups[2].Success ? minimum : braces.Groups[3].Length == 0 ? int.MaxValue : int.Parse(braces.Groups[3].Value, culture);
            quantifier = (minimum, minimum == 1 && maximum == 1, maximum > 1);
            At += braces.Length;
        }

        if (quantifier is not null)
        {
            TryTake('?');
        }

        return quantifier;
    }

    /// <summary>
    /// Takes one atom and says what it is (for a character, plain or escaped, which one); a group's `(` is taken, what
    /// it holds is not, and a class or an escape is taken whole. Quantifiers, backreferences and `\A`, `\G` throw.
    /// </summary>
    public (AtomKind Kind, char Character) TakeAtom()
    {
        char c = Take();
        switch (c)
        {
            case '(':
                return (AtomKind.Group, c);
            case '[':
                SkipClass();
                return (AtomKind.Class, c);
            case '^':
                return (AtomKind.StartAnchor, c);
            case '$':
                return (AtomKind.EndAnchor, c);
            case '.':
                return (AtomKind.AnyCharacter, c);
            case '\\':
                return TakeEscape();
            case '*' or '+' or '?':
                throw new PatternNotUnderstoodException();
            default:
                return (AtomKind.Character, c);
        }
    }

    private (AtomKind Kind, char Character) TakeEscape()
    {
        char c = Take();
        switch (c)
        {
            case 'b' or 'B':
                return (AtomKind.Boundary, c);
            case 'z' or 'Z':
                return (AtomKind.EndAnchor, c);
            case 'p' or 'P':
                SkipPast('}');
                return (AtomKind.ClassEscape, c);
            case >= '0' and <= '9' or 'k' or 'G' or 'A':
                // A backreference, or an anchor in the middle of a pattern.
                throw new PatternNotUnderstoodException();
            case < '\x80' when !char.IsAsciiLetterOrDigit(c) && c is not ('_' or ' '):
                // An escaped metacharacter (`\.`, `\(`, `\/`): that character.
                return (AtomKind.EscapedCharacter, c);
            default:
                // A class (`\s`, `\w`), a control character or a code (`\u2014`).
                Skip(c switch { 'u' => 4, 'x' => 2, 'c' => 1, _ => 0 });
                return (AtomKind.ClassEscape, c);
        }
    }

    /// <summary>
    /// After a group's `(`: true for a group that groups (plain, `(?:`, case switched on or off inside it), false
    /// for a switch of case for what follows (`(?i)`, `(?-i)`, which matches nothing); other constructs throw.
    /// </summary>
    public bool TakeGroupOpening()
    {
        if (!TryTake('?'))
        {
            return true;
        }

        if (TryTakeText("i)") || TryTakeText("-i)"))
        {
            return false;
        }

        return TryTake(':') || TryTakeText("i:") || TryTakeText("-i:") ? true : throw new PatternNotUnderstoodException();
    }
}

/// <summary>What an atom of a pattern is, as <see cref="PatternCursor.TakeAtom"/> reads it.</summary>
internal enum AtomKind
{
    /// <summary>A group's opening `(`.</summary>
    Group,

    /// <summary>A class in brackets.</summary>
    Class,

    /// <summary>`^`.</summary>
    StartAnchor,

    /// <summary>`$`, `\z` or `\Z`.</summary>
    EndAnchor,

    /// <summary>`\b` or `\B`: zero-width.</summary>
    Boundary,

    /// <summary>`.`.</summary>
    AnyCharacter,

    /// <summary>A plain character.</summary>
    Character,

    /// <summary>An escaped metacharacter: that character.</summary>
    EscapedCharacter,

    /// <summary>An escape for a class of characters or for one by its code (`\s`, `\p{L}`, `\u2014`).</summary>
    ClassEscape,
}

/// <summary>A pattern construct the readers do not know (lookarounds, backreferences, other inline options).</summary>
internal sealed class PatternNotUnderstoodException : Exception;
