using System.Text.RegularExpressions;

namespace CorpusLint.Testing;

/// <summary>
/// The tests' own idea of "the words of a text", written independently of the engine's WordSequence (a
/// regular expression, not a scanner), so the subsequence property is checked by something other than
/// the code under test. Scripts without spaces count character by character.
/// </summary>
public static partial class WordOracle
{
    public static List<string> Words(string text) => WordPattern().Matches(text).Select(m => m.Value).ToList();

    /// <summary>Null when <paramref name="output"/>'s words appear in order among <paramref name="input"/>'s; else the first that does not.</summary>
    public static string? FirstWordNotInOrder(string output, string input)
    {
        var available = Words(input);
        int next = 0;
        foreach (var word in Words(output))
        {
            while (next < available.Count && available[next] != word)
            {
                next++;
            }

            if (next == available.Count)
            {
                return word;
            }

            next++;
        }

        return null;
    }

    private const string Unspaced = @"\p{IsThai}\p{IsLao}\p{IsMyanmar}\p{IsKhmer}\p{IsHiragana}\p{IsKatakana}\p{IsCJKUnifiedIdeographsExtensionA}\p{IsCJKUnifiedIdeographs}\p{IsCJKCompatibilityIdeographs}";

    [GeneratedRegex("[" + Unspaced + "]|[\\p{L}\\p{N}\\p{M}-[" + Unspaced + "]]+")]
    private static partial Regex WordPattern();
}
