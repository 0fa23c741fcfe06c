namespace CorpusLint.Rules.Packs;

/// <summary>
/// Strings of consecutive UTF-16 code units from U+0000, in which the pattern readers find, in one scan, every
/// character a piece of pattern matches.
/// </summary>
internal static class CodeUnits
{
    /// <summary>U+0000 to U+007F.</summary>
    public static readonly string Ascii = UpTo(128);

    private static readonly Lazy<string> Bmp = new(() => UpTo(char.MaxValue + 1));

    /// <summary>Every code unit, U+0000 to U+FFFF (built on first use: 128 KB).</summary>
    public static string All => Bmp.Value;

    private static string UpTo(int count) => string.Create(count, 0, static (span, _) =>
    {
        for (int c = 0; c < span.Length; c++)
        {
            span[c] = (char)c;
        }
    });
}
