using System.Text;
using System.Text.RegularExpressions;

namespace CorpusLint.Rules.Tests.Packs;

/// <summary>Random regex sequences for the pattern readers' tests: atoms, quantifiers and nested groups of the kinds packs use.</summary>
internal static class RandomPatterns
{
    public static string Sequence(Random random, string[] atoms, string[] quantifiers, int depth)
    {
        var pattern = new StringBuilder();
        for (int i = random.Next(1, 4); i > 0; i--)
        {
            if (depth > 0 && random.Next(4) == 0)
            {
                var open = new[] { "(", "(?:", "(?-i:", "(?i:" }[random.Next(4)];
                pattern.Append(open).Append(Sequence(random, atoms, quantifiers, depth - 1));
                if (random.Next(2) == 0)
                {
                    pattern.Append('|').Append(Sequence(random, atoms, quantifiers, depth - 1));
                }

                pattern.Append(')');
            }
            else
            {
                pattern.Append(atoms[random.Next(atoms.Length)]);
            }

            pattern.Append(quantifiers[random.Next(quantifiers.Length)]);
        }

        return pattern.ToString();
    }

    /// <summary>
    /// Asks the regex about random texts of one to eight characters of the alphabet (trimmed, as the packs' lines are)
    /// and fails when a text it matches is one the filter turns away.
    /// </summary>
    public static void AssertNoMatchTurnedAway(Random random, Regex regex, string alphabet, Func<string, bool> letsThrough)
    {
        for (int t = 0; t < 200; t++)
        {
            var text = new string(Enumerable.Range(0, random.Next(1, 9)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray()).Trim();
            if (regex.IsMatch(text))
            {
                Assert.True(letsThrough(text), $"'{regex}' turns away '{text}'");
            }
        }
    }
}
