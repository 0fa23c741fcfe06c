namespace CorpusLint.Rules.Packs;

/// <summary>
/// How a phrase rule's phrase keys begin, so that the model passes a line over when its text begins as no key does
/// (<see cref="Semantics.IStartFilteredSignal"/>): a short line is asked of every phrase rule, and most begin as none
/// of a rule's twenty to fifty phrases. The test is exact for the key <see cref="PhraseRule.PhraseKey"/> makes of the
/// line: its first character is the line's first, lowercased, and its second follows from the line's second.
/// </summary>
internal sealed class PhraseStarts
{
    // Bit c of _firsts: a key begins with c; of _singles: a key is c alone; of _seconds[c]: a key begins with c and
    // then that (ASCII) character. Keys are lowercase, so only lowercase characters come first.
    private readonly UInt128 _firsts;
    private readonly UInt128 _singles;
    private readonly UInt128[] _seconds = new UInt128[128];

    // A key that begins outside ASCII or with a space (a user's phrase may) could be the key of a line whose text
    // begins otherwise: then no line is turned away.
    private readonly bool _turnsNoneAway;

    public PhraseStarts(IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            char first = key[0];
            if (first >= 128 || char.IsWhiteSpace(first))
            {
                _turnsNoneAway = true;
                continue;
            }

            _firsts |= UInt128.One << first;
            if (key.Length == 1)
            {
                _singles |= UInt128.One << first;
            }
            else if (key[1] < 128)
            {
                // A key whose second character is outside ASCII is met only by a line whose second is: let through below.
                _seconds[first] |= UInt128.One << key[1];
            }
        }
    }

    /// <summary>
    /// Whether a line whose trimmed text begins with <paramref name="start"/> (its first one or two characters, the
    /// first ASCII) may have a key among the phrases. A line that begins with decoration may have any key.
    /// </summary>
    public bool MayBegin(ReadOnlySpan<char> start)
    {
        char first = start[0];
        if (_turnsNoneAway || PhraseRule.IsDecoration(first))
        {
            return true;
        }

        // Leading white space the line's trim dropped but the key's did not (a no-break space) starts the key with a
        // space, which begins no phrase: so the key begins with the first character here, lowercased, or matches none.
        char lower = char.ToLowerInvariant(first);
        if (!AtomCharacters.Holds(_firsts, lower))
        {
            return false;
        }

        if (start.Length == 1)
        {
            return AtomCharacters.Holds(_singles, lower);
        }

        char second = start[1];
        if (second >= 128)
        {
            return true;
        }

        // White space folds to one space, or is trimmed with what follows it; decoration stays, or is trimmed.
        bool trimmable = char.IsWhiteSpace(second) || PhraseRule.IsDecoration(second);
        char inKey = char.IsWhiteSpace(second) ? ' ' : char.ToLowerInvariant(second);
        return AtomCharacters.Holds(_seconds[lower], inKey) || (trimmable && AtomCharacters.Holds(_singles, lower));
    }
}
