using System.Text.RegularExpressions;

namespace CorpusLint.Rules.Packs;

/// <summary>
/// Which ASCII characters an atom of one character's worth of pattern (`k`, `\s`, `[^a]`, `\p{Lu}`) matches, as the
/// engine matches it with a pack's options, ignoring case and not (so an atom inside `(?-i:…)` gets a superset):
/// classes, escapes and case folding mean exactly what they mean to it. Each atom is asked once per reader.
/// </summary>
internal sealed class AtomCharacters(RegexOptions options)
{
    // What the engine is asked with: the pack's options minus the engine choice and the case setting.
    private readonly RegexOptions _options = (options & ~(RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.Compiled)) | RegexOptions.CultureInvariant;
    private readonly Dictionary<string, UInt128> _atoms = new(StringComparer.Ordinal);

    /// <summary>The atom's ASCII characters, as bits; throws <see cref="PatternNotUnderstoodException"/> when it can match more than one character.</summary>
    public UInt128 Of(string atom)
    {
        if (!_atoms.TryGetValue(atom, out var set))
        {
            // One scan of the ASCII characters per case setting, not a match per character: every atom read
            // here matches one character, so each match is the character at its index.
            foreach (var caseOptions in (ReadOnlySpan<RegexOptions>)[_options, _options | RegexOptions.IgnoreCase])
            {
                foreach (Match match in new Regex("(?:" + atom + ")", caseOptions).Matches(CodeUnits.Ascii))
                {
                    set |= match.Length == 1 ? UInt128.One << match.Index : throw new PatternNotUnderstoodException();
                }
            }

            _atoms[atom] = set;
        }

        return set;
    }

    /// <summary>Whether the set (of ASCII characters, as bits) holds the character; never for one beyond ASCII.</summary>
    public static bool Holds(UInt128 set, char c) => c < 128 && ((set >> c) & UInt128.One) != UInt128.Zero;

    /// <summary>The set's characters, in order.</summary>
    public static char[] Members(UInt128 set) => [.. Enumerable.Range(0, 128).Select(c => (char)c).Where(c => Holds(set, c))];
}
