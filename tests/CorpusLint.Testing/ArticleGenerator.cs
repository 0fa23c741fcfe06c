using System.Text;

namespace CorpusLint.Testing;

/// <summary>
/// Makes random documents that look like scraped pages gone wrong: prose in several scripts, junk lines
/// (share labels, menus, footers), random Unicode (controls, invisible and combining characters, RTL marks,
/// emoji), odd line endings and blank-line runs, and sometimes raw random bytes. The same seed always
/// makes the same document, so a failure found by a long run can be replayed. Nothing here comes from a
/// fixture or the devset: the words are generic, so the property tests hold for any rule set.
/// </summary>
public sealed class ArticleGenerator(int seed)
{
    private static readonly string[] ProseWords =
    [
        "the", "minister", "said", "on", "Tuesday", "that", "council", "would", "review", "plan", "after", "residents",
        "complained", "about", "noise", "and", "traffic", "in", "city", "centre", "she", "added", "budget", "was", "not",
        "final", "2024", "£3.5m", "\"we", "will", "listen,\"", "it's", "well-known", "(AP)", "—", "report", "found",
        "café", "naïve", "Zürich", "Москва", "заявил", "министр", "قال", "الوزير", "部长", "表示", "東京都", "ニュース",
        "नमस्ते", "Việt", "🙂", "e\u0301", "\u05E9\u05DC\u05D5\u05DD", "O'Brien", "U.S.", "e-mail", "50%",
    ];

    private static readonly string[] JunkLines =
    [
        "Share", "Share this article", "Tweet", "Email", "Print", "Facebook", "Twitter", "WhatsApp", "Copy link",
        "Follow us on Twitter @example", "Sign up for our newsletter", "Advertisement", "ADVERTISEMENT", "Read more",
        "Home > News > World", "Home | News | Sport | Weather", "© 2024 Example Media. All rights reserved.",
        "Posted 3 hours ago", "Updated: 12/03/2024 14:05", "Photo: Getty Images", "Comments (12)", "Related stories",
        "https://example.com/news/article-123", "Skip to content", "Menu", "Log in", "Subscribe", "@handle",
        "Поделиться", "分享到微博", "مشاركة",
    ];

    private static readonly string[] LineEndings = ["\n", "\n", "\n", "\r\n", "\r", "\u2028", "\n\n", "\n \n", "\r\n\r\n\r\n"];

    private readonly Random _random = new(seed);

    public int Seed { get; } = seed;

    /// <summary>A document as bytes: usually valid UTF-8, sometimes with a BOM, sometimes with random bytes.</summary>
    public byte[] NextBytes()
    {
        var text = NextText();
        var bytes = new List<byte>();
        if (_random.Next(20) == 0)
        {
            bytes.AddRange([0xEF, 0xBB, 0xBF]);
        }

        bytes.AddRange(Encoding.UTF8.GetBytes(text));
        if (_random.Next(8) == 0)
        {
            var noise = new byte[_random.Next(1, 64)];
            _random.NextBytes(noise);
            bytes.InsertRange(_random.Next(bytes.Count + 1), noise);
        }

        return [.. bytes];
    }

    /// <summary>A document as text: a title, prose paragraphs, junk lines and noise in a random mix.</summary>
    public string NextText()
    {
        var builder = new StringBuilder();
        int lines = _random.Next(0, 40);
        for (int i = 0; i < lines; i++)
        {
            builder.Append(_random.Next(10) switch
            {
                < 4 => Paragraph(),
                < 7 => Pick(JunkLines),
                7 => RandomUnicode(_random.Next(1, 80)),
                8 => Decorate(Paragraph()),
                _ => Decorate(Pick(JunkLines)),
            });
            builder.Append(Pick(LineEndings));
        }

        if (_random.Next(30) == 0)
        {
            // Now and then one very long line: long lines must cost linear time.
            builder.Append(string.Join(' ', Enumerable.Range(0, 20_000).Select(_ => Pick(ProseWords)))).Append('.');
        }

        return builder.ToString();
    }

    /// <summary>A plausible clean-ish article: a title and a few prose paragraphs with a little junk around them.</summary>
    public string NextArticle()
    {
        var builder = new StringBuilder(Sentence(6).TrimEnd('.')).Append("\n\n");
        if (_random.Next(2) == 0)
        {
            builder.Append(Pick(JunkLines)).Append("\n\n");
        }

        for (int i = _random.Next(3, 9); i > 0; i--)
        {
            builder.Append(Paragraph()).Append("\n\n");
        }

        return builder.Append(Pick(JunkLines)).Append('\n').ToString();
    }

    private string Paragraph() => string.Join(' ', Enumerable.Range(0, _random.Next(1, 6)).Select(_ => Sentence(_random.Next(3, 30))));

    private string Sentence(int words)
    {
        var sentence = string.Join(' ', Enumerable.Range(0, words).Select(_ => Pick(ProseWords)));
        return char.ToUpperInvariant(sentence[0]) + sentence[1..] + Pick([".", ".", ".", "!", "?", "", "…", "。"]);
    }

    // Spacing noise a scraper leaves: NBSP, tabs, runs of spaces, zero-width characters, trailing spaces.
    private string Decorate(string line)
    {
        var noise = new[] { "\u00A0", "\t", "   ", "\u200B", "\uFEFF", "\u00AD", " ", "\u2009", "\u200D" };
        var builder = new StringBuilder();
        foreach (char c in line)
        {
            builder.Append(c == ' ' && _random.Next(3) == 0 ? Pick(noise) : c.ToString());
        }

        return Pick(["", " ", "\t", "\u00A0"]) + builder + Pick(["", " ", "  ", "\u200B"]);
    }

    private string RandomUnicode(int length)
    {
        var builder = new StringBuilder();
        for (int i = 0; i < length; i++)
        {
            int codePoint = _random.Next(12) switch
            {
                0 => _random.Next(0x00, 0x20), // C0 controls (line breaks among them)
                1 => _random.Next(0x7F, 0xA0), // DEL, C1 controls
                2 => _random.Next(0x300, 0x370), // combining marks
                3 => _random.Next(0x590, 0x700), // Hebrew, Arabic
                4 => _random.Next(0x2000, 0x2070), // spaces, zero-width, bidi marks, punctuation
                5 => _random.Next(0x4E00, 0x9FFF), // CJK
                6 => _random.Next(0x1F300, 0x1FAFF), // emoji
                7 => _random.Next(0x20000, 0x2A6DF), // CJK extension B (surrogate pairs)
                8 => _random.Next(0x0E00, 0x0E7F), // Thai
                9 => _random.Next(0x400, 0x500), // Cyrillic
                10 => 0xFFFD,
                _ => _random.Next(0x20, 0x7F), // ASCII
            };
            builder.Append(char.ConvertFromUtf32(codePoint));
        }

        return builder.ToString();
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
