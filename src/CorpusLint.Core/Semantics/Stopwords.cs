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

    // The function words as numbers (see KeyStep) in an open-addressing table, for CountInLetterWords.
    private static readonly long[] KeyTable = BuildKeyTable();

    /// <summary>The longest function word's length: a longer word is none, and its key (<see cref="KeyStep"/>) would overflow.</summary>
    internal static readonly int MaxLength = English.Max(w => w.Length);

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
        return key > 0 ? HasKey(key) : key < 0 && !Ascii.IsValid(word) && Lookup.Contains(word);
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
    public static void CountInLetterWords(string text, ref int letterWords, ref int stopwords)
    {
        int i = 0;
        while (true)
        {
            while (i < text.Length && !IsWordChar(text[i]))
            {
                i++;
            }

            if (i == text.Length)
            {
                return;
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
            letterWords++;
            bool isStopword = length <= MaxLength && !apostrophe
                && (asciiLetters ? HasKey(key) : Lookup.Contains(text.AsSpan(start, length)));
            stopwords += isStopword ? 1 : 0;
        }
    }

    // Asked of every character of every block: inlined into the scan (the native compiler had kept it a call).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsWordChar(char c) => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '\u00C0' and <= '\u024F') or '\'';

    // Words are at most MaxLength letters (checked when the table is built), so a key of one fits a long.
    // Shared with WordKeys, which reads a word's key as it hashes the word.
    internal static long KeyStep(long key, uint letter) => unchecked((key * 27) + letter + 1);

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

    /// <summary>Whether the key of a word of at most <see cref="MaxLength"/> ASCII letters is a function word's.</summary>
    internal static bool HasKey(long key)
    {
        int mask = KeyTable.Length - 1;
        for (int slot = Slot(key, mask); KeyTable[slot] != 0; slot = (slot + 1) & mask)
        {
            if (KeyTable[slot] == key)
            {
                return true;
            }
        }

        return false;
    }

    private static int Slot(long key, int mask) => (int)((ulong)(key * unchecked((long)0x9E3779B97F4A7C15)) >> 40) & mask;

    private static long[] BuildKeyTable()
    {
        if (English.Any(w => w.Length > 13 || !w.All(char.IsAsciiLetterLower)))
        {
            throw new InvalidOperationException("function words must be at most 13 lowercase ASCII letters to be keyed");
        }

        var table = new long[512];
        foreach (var word in English)
        {
            long key = AsciiLetterKey(word);
            int slot = Slot(key, table.Length - 1);
            while (table[slot] != 0)
            {
                slot = (slot + 1) & (table.Length - 1);
            }

            table[slot] = key;
        }

        return table;
    }
}
