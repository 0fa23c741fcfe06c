using System.Collections.Frozen;

namespace CorpusLint.Rules.Packs;

/// <summary>
/// The words a vocabulary's terms are made of (runs of ASCII word characters: `e-mail` is `e` and `mail`), to bound
/// how many of a line's letters the terms' regex can cover before it runs. A short line mostly of other words is
/// turned away by word lookups, where the regex enumerated every short line's matches: the vocabulary's share of a
/// check's samples fell from 5.9 % to 3.5 %.
/// </summary>
/// <remarks>
/// The bound is sound. A term matches between word boundaries, so every run of word characters inside a match is a
/// whole run of the line and equals, ignoring case, a run of the term. A line's run of ASCII word characters that
/// is none of the terms' words is left uncovered; one holding any character beyond ASCII may be covered whatever it
/// is, since such a character may be a word character, a space `\s` matches, or a case variant of a term's letter
/// (the Kelvin sign of `k`). A vocabulary with a term beyond ASCII gets no bound.
/// </remarks>
public sealed class VocabularyWords
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _words;
    private readonly int _longest;

    private VocabularyWords(FrozenSet<string> words)
    {
        _words = words.GetAlternateLookup<ReadOnlySpan<char>>();
        _longest = words.Count == 0 ? 0 : words.Max(w => w.Length);
    }

    /// <summary>The words of the terms, or null when a term has a character beyond ASCII.</summary>
    public static VocabularyWords? Of(IEnumerable<string> terms)
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var term in terms)
        {
            if (!System.Text.Ascii.IsValid(term))
            {
                return null;
            }

            for (int i = 0; i < term.Length;)
            {
                int start = i;
                while (i < term.Length && IsAsciiWordChar(term[i]))
                {
                    i++;
                }

                if (i > start)
                {
                    words.Add(term[start..i]);
                }
                else
                {
                    i++;
                }
            }
        }

        return new VocabularyWords(words.ToFrozenSet(StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Whether the terms' matches in the line may cover <paramref name="needed"/> of its <paramref name="letters"/>
    /// letters: false only when they cannot. The walk stops once more letters than the line can spare are left uncovered.
    /// </summary>
    public bool MayCover(ReadOnlySpan<char> line, int letters, double needed)
    {
        double spare = letters - needed;
        int uncovered = 0;
        for (int i = 0; i < line.Length;)
        {
            int start = i;
            bool ascii = true;
            for (; i < line.Length && (line[i] >= 0x80 || IsAsciiWordChar(line[i])); i++)
            {
                ascii &= line[i] < 0x80;
            }

            if (i == start)
            {
                i++;
                continue;
            }

            var run = line[start..i];
            if (ascii && (run.Length > _longest || !_words.Contains(run)))
            {
                uncovered += VocabularyMatcher.CountLetters(run);
                if (uncovered > spare)
                {
                    return false;
                }
            }
        }

        return true;
    }

    // Regex's \w within ASCII.
    internal static bool IsAsciiWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';
}
