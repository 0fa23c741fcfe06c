namespace CorpusLint.Rules.Packs;

/// <summary>
/// A phrase rule's phrase keys, looked up by a hash the caller computed once for the line (<see cref="Hash"/>): a
/// short line is asked of every phrase rule in turn, and a set of strings hashed the same key again for each.
/// Open addressing at most half full, so a line's key that is no phrase (nearly every one) costs a probe or two.
/// </summary>
internal sealed class PhraseTable
{
    private const ulong OffsetBasis = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    private readonly ulong[] _hashes;
    private readonly string?[] _phrases;
    private readonly int _mask;

    public PhraseTable(IReadOnlyCollection<string> phrases)
    {
        int size = 4;
        while (size < 2 * phrases.Count)
        {
            size *= 2;
        }

        _hashes = new ulong[size];
        _phrases = new string?[size];
        _mask = size - 1;
        foreach (var phrase in phrases)
        {
            ulong hash = Hash(phrase);
            int slot = (int)(hash & (ulong)_mask);
            while (_phrases[slot] is { } taken && taken != phrase)
            {
                slot = (slot + 1) & _mask;
            }

            (_hashes[slot], _phrases[slot]) = (hash, phrase);
        }
    }

    /// <summary>FNV-1a over the key's characters: what a line's key is looked up by.</summary>
    public static ulong Hash(ReadOnlySpan<char> key)
    {
        ulong hash = OffsetBasis;
        foreach (char c in key)
        {
            hash = unchecked((hash ^ c) * Prime);
        }

        return hash;
    }

    /// <summary>Whether the key, whose <see cref="Hash"/> is <paramref name="hash"/>, is one of the phrases.</summary>
    public bool Contains(ReadOnlySpan<char> key, ulong hash)
    {
        for (int slot = (int)(hash & (ulong)_mask); _phrases[slot] is { } phrase; slot = (slot + 1) & _mask)
        {
            if (_hashes[slot] == hash && key.SequenceEqual(phrase))
            {
                return true;
            }
        }

        return false;
    }
}
