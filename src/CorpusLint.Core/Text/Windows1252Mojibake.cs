using System.Text;

namespace CorpusLint.Text;

/// <summary>
/// UTF-8 text that was decoded as Windows-1252 on its way into a file (`â€™` for `’`, `Ã©` for `é`): finding
/// one such character and restoring it. Only a run that is exactly the Windows-1252 view of one valid UTF-8
/// character counts, so ordinary accented text is never touched. The CL8004 rule repairs with it, and the
/// fix guard uses it to see that a repaired word is the word the publisher wrote.
/// </summary>
public static class Windows1252Mojibake
{
    // Windows-1252 bytes 0x80–0x9F show as these characters; the five undefined bytes pass through as C1 controls.
    private const string High1252 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

    // The views of the lead bytes 0xC2–0xF4: a mis-decoded character starts with one of these.
    private const char FirstLead = 'Â';
    private const char LastLead = 'ô';

    private static readonly UTF8Encoding Utf8 = new(false, throwOnInvalidBytes: false);

    /// <summary>
    /// Whether the characters at <paramref name="start"/> are one UTF-8 character seen as Windows-1252, and
    /// plausibly so. Real text can look like such a view (`é—…` reads as the bytes of `闅`, `É£` as `ɣ`), so a
    /// lone view counts only when it restores a character news text is full of: Latin-1 and Latin Extended-A
    /// letters, Greek, Cyrillic, punctuation and symbols (`â€™`), or an emoji. Any other script is restored
    /// only inside a run of views (`ä¸­æ–‡` for `中文`), the way a mis-decoded word of that script appears.
    /// </summary>
    public static bool TryRepairAt(string text, int start, out int length, out string character)
    {
        if (!TryDecodeAt(text, start, out length, out character))
        {
            return false;
        }

        if (length == 4 || IsCommonAlone(character[0]) || ViewEndsAt(text, start) || (start + length < text.Length && TryDecodeAt(text, start + length, out _, out _)))
        {
            return true;
        }

        length = 0;
        character = string.Empty;
        return false;
    }

    /// <summary>
    /// The first index from <paramref name="start"/> (at most the length) where a view could begin (a character
    /// in 'Â'..'ô', the view of a UTF-8 lead byte), or -1. Most lines have none: a vectorised search skips them,
    /// not a call per character.
    /// </summary>
    public static int NextCandidate(string text, int start)
    {
        int found = text.AsSpan(start).IndexOfAnyInRange(FirstLead, LastLead);
        return found < 0 ? -1 : start + found;
    }

    private static bool IsCommonAlone(char c) =>
        c is (>= '\u0080' and <= '\u017F') or (>= '\u0370' and <= '\u04FF') or (>= '\u2000' and <= '\u2BFF');

    // Whether a view of a 2-, 3- or 4-byte character ends just before `end`.
    private static bool ViewEndsAt(string text, int end)
    {
        for (int bytes = 2; bytes <= 4; bytes++)
        {
            if (end - bytes >= 0 && TryDecodeAt(text, end - bytes, out int length, out _) && length == bytes)
            {
                return true;
            }
        }

        return false;
    }

    private static bool TryDecodeAt(string text, int start, out int length, out string character)
    {
        length = 0;
        character = string.Empty;
        if (text[start] is < FirstLead or > LastLead)
        {
            return false;
        }

        int lead = ByteOf(text[start]);
        int continuation = lead switch
        {
            >= 0xC2 and <= 0xDF => 1,
            >= 0xE0 and <= 0xEF => 2,
            >= 0xF0 and <= 0xF4 => 3,
            _ => -1,
        };
        if (continuation < 0 || start + continuation >= text.Length)
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[4];
        bytes[0] = (byte)lead;
        for (int k = 1; k <= continuation; k++)
        {
            int b = ByteOf(text[start + k]);
            if (b is < 0x80 or > 0xBF)
            {
                return false;
            }

            bytes[k] = (byte)b;
        }

        var decoded = Utf8.GetString(bytes[..(continuation + 1)]);
        if (decoded.Contains('\uFFFD'))
        {
            return false;
        }

        length = continuation + 1;
        character = decoded;
        return true;
    }

    /// <summary>The text with every mis-decoded character restored (the same text when there is none).</summary>
    public static string Repair(string text)
    {
        StringBuilder? builder = null;
        int copied = 0;
        for (int i = NextCandidate(text, 0); i >= 0; i = NextCandidate(text, i + 1))
        {
            if (!TryRepairAt(text, i, out int length, out string character))
            {
                continue;
            }

            builder ??= new StringBuilder(text.Length);
            builder.Append(text, copied, i - copied).Append(character);
            i += length - 1;
            copied = i + 1;
        }

        return builder is null ? text : builder.Append(text, copied, text.Length - copied).ToString();
    }

    private static int ByteOf(char c)
    {
        if (c is >= '\u00A0' and <= '\u00FF')
        {
            return c;
        }

        int high = High1252.IndexOf(c);
        return high >= 0 ? 0x80 + high : -1;
    }
}
