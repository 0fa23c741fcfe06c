using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using System.Text;

namespace CorpusLint.Semantics;

/// <summary>
/// English function words. Prose is full of them and menus, headlines and labels are not, which makes
/// their share one of the best cheap signals of running text (jusText uses the same idea). The list is the
/// usual NLTK-style one plus a few reporting words (said, says, however) that news prose is full of.
/// </summary>
public static class Stopwords
{
    public static readonly FrozenSet<string> English = new[]
    {
        "a", "about", "above", "after", "again", "against", "all", "also", "although", "am", "an", "and", "any",
        "are", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by",
        "can", "could", "did", "do", "does", "doing", "down", "during", "each", "even", "few", "for", "from",
        "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself",
        "his", "how", "however", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "like", "many",
        "may", "me", "might", "more", "most", "much", "must", "my", "myself", "no", "nor", "not", "now", "of",
        "off", "on", "once", "one", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own",
        "said", "same", "says", "shall", "she", "should", "since", "so", "some", "still", "such", "than",
        "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this",
        "those", "though", "through", "to", "too", "two", "under", "until", "up", "very", "was", "we", "well",
        "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "yet",
        "you", "your", "yours", "yourself", "yourselves",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = English.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The longest function word's length: a longer word is none, and its key (<see cref="KeyStep"/>) would overflow.</summary>
    internal static readonly int MaxLength = English.Max(w => w.Length);

    /// <summary>
    /// The function words as numbers (see <see cref="KeyStep"/>) in a table where each has a slot of its own, for a scan
    /// to read once and ask of every word (see <see cref="KeySet"/>). Built after <see cref="MaxLength"/>, which it reads.
    /// </summary>
    internal static readonly KeySet Keys = KeySetOf(w => AsciiLetterKey(w));

    /// <summary>Whether a word (in any case) is a function word, asked of a slice of the text: nothing is allocated.</summary>
    /// <remarks>Asked of every word of the body's prose: keyed like <see cref="CountInLetterWords"/>'s words.</remarks>
    public static bool Contains(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxLength)
        {
            return false;
        }

        // A word with another ASCII character is in no function word; a letter beyond ASCII may fold to one.
        long key = AsciiLetterKey(word);
        return key > 0 ? Keys.Contains(key) : key < 0 && !Ascii.IsValid(word) && Lookup.Contains(word);
    }

    /// <summary>
    /// Counts the letter words of a text (runs of Latin letters and apostrophes; digits and symbols are not words
    /// of prose) and how many of them are function words.
    /// </summary>
    /// <remarks>
    /// Every word of every block passes here, and looking each up as text (hashed ignoring case) was most of the
    /// body search's cost. A word of ASCII letters is read, as it is scanned, as a number (base 27, a digit per
    /// letter, case folded) and found in a small table of the function words' numbers. A word with another
    /// Latin letter asks the set of strings, since some equal an ASCII word ignoring case (the long s `ſ` is an
    /// `s`); one with an apostrophe is none of them.
    /// </remarks>
    public static void CountInLetterWords(string text, ref int letterWords, ref int stopwords) =>
        CountInLetterWords(text, ref letterWords, ref stopwords, share: double.NaN, laterMaxWords: 0);

    /// <summary>
    /// Counts as <see cref="CountInLetterWords(string, ref int, ref int)"/> does, adding to counts of earlier texts,
    /// and stops once function words are certain to be at least <paramref name="share"/> of the letter words
    /// whatever the rest of this text and the later texts hold (at most <paramref name="laterMaxWords"/> letter words,
    /// see <see cref="MaxLetterWords"/>); returns whether it stopped so.
    /// </summary>
    /// <remarks>
    /// The body search asks whether a block is dense enough in function words to be prose, and a paragraph of prose
    /// is past the bar long before its end: read to the end, the count was 4 % of a check's instructions. The
    /// share is asked every eighth word: the rest of the text can hold a letter word in every second character.
    /// </remarks>
    public static bool CountInLetterWords(string text, ref int letterWords, ref int stopwords, double share, int laterMaxWords)
    {
        // The counts and the table are kept in locals: read as fields, each word wrote the counts back through
        // their references and checked that the class was initialised, twice.
        var keys = Keys;
        int words = 0, functionWords = 0;
        int i = 0;
        while (true)
        {
            while (i < text.Length && !IsWordChar(text[i]))
            {
                i++;
            }

            if (i == text.Length)
            {
                letterWords += words;
                stopwords += functionWords;
                return false;
            }

            int start = i;
            long key = 0;
            bool asciiLetters = true, apostrophe = false;
            for (; i < text.Length; i++)
            {
                char c = text[i];

                // (c | 0x20) folds ASCII capitals to lowercase; it is a..z only for ASCII letters.
                uint letter = (uint)((c | 0x20) - 'a');
                if (letter <= 'z' - 'a')
                {
                    key = KeyStep(key, letter);
                    continue;
                }

                if (!IsWordChar(c))
                {
                    break;
                }

                asciiLetters = false;
                apostrophe |= c == '\'';
            }

            int length = i - start;
            words++;
            bool isStopword = length <= keys.MaxLength && !apostrophe
                && (asciiLetters ? keys.Contains(key) : Lookup.Contains(text.AsSpan(start, length)));
            functionWords += isStopword ? 1 : 0;

            // A word ended before text[i], which is no word character: what follows holds a word in at most every
            // second character. A share that is certain now stays so: more function words only raise it, and the
            // most other words the rest can hold are counted. (NaN, as the plain count passes, is never reached.)
            if ((words & 7) == 0
                && (double)(stopwords + functionWords) / (letterWords + words + ((text.Length - i) / 2) + laterMaxWords) >= share)
            {
                letterWords += words;
                stopwords += functionWords;
                return true;
            }
        }
    }

    /// <summary>The most letter words a text can hold: one in every second character (a word, then a character of none).</summary>
    public static int MaxLetterWords(string text) => (text.Length + 1) / 2;

    // Asked of every character of every block: inlined into the scan (the native compiler had kept it a call).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsWordChar(char c) => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '\u00C0' and <= '\u024F') or '\'';

    // Words are at most MaxLength letters (checked when the table is built), so a key of one fits a long.
    private static long KeyStep(long key, uint letter) => unchecked((key * 27) + letter + 1);

    // The key of a word of ASCII letters (0 for no word), or -1 when it has any other character.
    private static long AsciiLetterKey(ReadOnlySpan<char> word)
    {
        long key = 0;
        foreach (char c in word)
        {
            // (c | 0x20) folds ASCII capitals to lowercase; it is a..z only for ASCII letters.
            uint letter = (uint)((c | 0x20) - 'a');
            if (letter > 'z' - 'a')
            {
                return -1;
            }

            key = KeyStep(key, letter);
        }

        return key;
    }

    /// <summary>
    /// The function words keyed by another function of their text (none may key to 0), in a table where each has a
    /// slot of its own: <see cref="WordKeys"/> asks its own keys.
    /// </summary>
    internal static KeySet KeySetOf(Func<string, long> keyOf)
    {
        if (English.Any(w => w.Length > 13 || !w.All(char.IsAsciiLetterLower)))
        {
            throw new InvalidOperationException("function words must be at most 13 lowercase ASCII letters to be keyed");
        }

        var keys = English.Select(keyOf).ToArray();
        if (keys.Contains(0))
        {
            throw new InvalidOperationException("a function word keys to 0, which marks an empty slot");
        }

        long multiplier = FindKeyMultiplier(keys);
        var table = new long[1 << KeyTableBits];
        foreach (long key in keys)
        {
            table[Slot(key, multiplier)] = key;
        }

        return new KeySet(table, multiplier, MaxLength);
    }

    /// <summary>
    /// The function words' keys as a value a scan keeps in registers: each read of the class's fields checks that
    /// the class is initialised, and a scan that asked them of every word made those checks on every word.
    /// </summary>
    /// <remarks>
    /// One probe, inlined into the word scans that ask it of every word: the table's multiplier puts every function
    /// word in a slot of its own. A probing loop had cost 4 % of a check's time; a check with no cache over 102 MB
    /// took 5.04 -> 4.80 s of CPU. The key 0 (no word) is in no slot, though an empty slot holds 0.
    /// </remarks>
    internal readonly struct KeySet(long[] table, long multiplier, int maxLength)
    {
        private readonly long[] _table = table;
        private readonly long _multiplier = multiplier;

        /// <summary>The longest function word's length: a longer word's key is not asked about.</summary>
        public int MaxLength { get; } = maxLength;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool Contains(long key) => _table[Slot(key, _multiplier)] == key && key != 0;

        /// <summary>1 when the key is none of the function words' (or is 0), else 0: <see cref="Contains"/> as a number,
        /// for a caller to use with no branch (whether a word of prose is a function word is a coin toss).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public long IsNotIn(long key)
        {
            ulong differs = (ulong)(_table[Slot(key, _multiplier)] ^ key);
            return (long)((differs | (0 - differs)) >> 63) | (key == 0 ? 1L : 0L);
        }
    }

    private static int Slot(long key, long multiplier) => (int)((ulong)(key * multiplier) >> (64 - KeyTableBits));

    // 2^11 slots for 146 words: a multiplier gives each its own slot with a chance of about e^(-146²/(2·2048)), one
    // in 180 (the 249th of the sequence does, some 50 µs at start-up), and 16 KB stays in the first-level cache.
    private const int KeyTableBits = 11;

    // Odd multipliers from a fixed sequence, so every run builds the same table.
    private static long FindKeyMultiplier(long[] keys)
    {
        var taken = new bool[1 << KeyTableBits];
        ulong candidate = 0x9E3779B97F4A7C15;
        for (int attempt = 0; attempt < 100_000; attempt++, candidate = unchecked((candidate * 6364136223846793005) + 1442695040888963407))
        {
            long multiplier = (long)(candidate | 1);
            Array.Clear(taken);
            if (EachHasASlotOfItsOwn(keys, multiplier, taken))
            {
                return multiplier;
            }
        }

        throw new InvalidOperationException("no multiplier gives every function word a slot of its own");
    }

    private static bool EachHasASlotOfItsOwn(long[] keys, long multiplier, bool[] taken)
    {
        foreach (long key in keys)
        {
            int slot = Slot(key, multiplier);
            if (taken[slot])
            {
                return false;
            }

            taken[slot] = true;
        }

        return true;
    }
}
