using System.Text;
using CorpusLint.Analysis;
using CorpusLint.Diagnostics;
using CorpusLint.Text;

namespace CorpusLint.Rules.Normalisation;

/// <summary>
/// CL8004: UTF-8 text that was decoded as Windows-1252 on its way into the file (`â€™` for `’`, `Ã©` for `é`).
/// The fix re-encodes each such run to the bytes it came from and decodes them as UTF-8.
/// </summary>
public sealed class Mojibake : Analyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "CL8004",
        "Mojibake",
        "Line has mis-decoded text '{0}' (should be '{1}')",
        RuleCategories.Normalisation,
        Severity.Warning,
        FixSafety.Safe,
        "Finds UTF-8 characters that were read as Windows-1252 somewhere along the scrape and now show as two " +
        "or three odd characters (`â€™` for `’`, `â€œ` for `“`, `Ã©` for `é`, `Â ` for a no-break space). Only a " +
        "run that is exactly the Windows-1252 view of a valid UTF-8 character is repaired, so ordinary accented " +
        "text is never touched. The repair restores the character the publisher wrote; no word changes.")
    {
        Example = "Before: `The presidentâ€™s remarks`\nAfter:  `The president’s remarks`",
    };

    // Windows-1252 bytes 0x80–0x9F show as these characters; the five undefined bytes pass through as C1 controls.
    private const string High1252 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterLineAction(Analyze);

    private static void Analyze(LineAnalysisContext context)
    {
        var text = context.Line.Text;
        List<TextChange>? changes = null;
        string first = string.Empty, repaired = string.Empty;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] is < 'Â' or > 'ô' || !TryRepair(text, i, out int length, out string character))
            {
                continue;
            }

            if (changes is null)
            {
                changes = [];
                first = text.Substring(i, length);
                repaired = character;
            }

            changes.Add(new TextChange(new TextSpan(context.Line.Span.Start + i, length), character));
            i += length - 1;
        }

        if (changes is not null)
        {
            context.Report(Rule, context.Line.Span, new CodeFix("Repair the mis-decoded characters", changes), first, repaired);
        }
    }

    /// <summary>Whether the characters at <paramref name="start"/> are one UTF-8 character seen as Windows-1252.</summary>
    private static bool TryRepair(string text, int start, out int length, out string character)
    {
        length = 0;
        character = string.Empty;
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

        var decoded = new UTF8Encoding(false, throwOnInvalidBytes: false).GetString(bytes[..(continuation + 1)]);
        if (decoded.Contains('\uFFFD'))
        {
            return false;
        }

        length = continuation + 1;
        character = decoded;
        return true;
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
