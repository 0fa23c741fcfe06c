using CorpusLint.Diagnostics;
using CorpusLint.Fixes;
using CorpusLint.Text;

namespace CorpusLint.Core.Tests.Fixes;

public class FixGuardTests
{
    private static readonly DiagnosticDescriptor Junk = new("T0001", "junk", "junk {0}", "Test", Severity.Warning, FixSafety.Safe, "Test junk.");

    private const string Article = "A headline here\n\nThe minister said the plan would go ahead next year, despite the cost.\n";

    [Fact]
    public void AFixThatRemovesMostOfTheWordsIsRefusedWithADiagnostic()
    {
        var text = SourceText.From(Article + "\nMenu one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen\n");
        var result = FixEngine.Fix(text, t => [.. LinesStartingWith(t, "The"), .. LinesStartingWith(t, "Menu")], path: "page.txt");

        Assert.False(result.Changed);
        Assert.Empty(result.Applied);
        var refusal = Assert.IsType<Diagnostic>(result.Refusal);
        Assert.Equal("CL0002", refusal.Id);
        Assert.Equal("page.txt", refusal.Location.Path);
        Assert.Contains("would remove 30 of the file's 33 words (90.9%, above the limit of 90%", refusal.Message);
        Assert.Contains("--force", refusal.Message);
    }

    [Fact]
    public void TheLimitIsConfigurableAndForceOverridesIt()
    {
        var text = SourceText.From(Article + "\nMenu one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen\n");
        IReadOnlyList<Diagnostic> RemoveMenu(SourceText t) => LinesStartingWith(t, "Menu");

        // 17 of 33 words is 52 %: over a limit of 0.5, under a limit of 0.6 and the default.
        var strict = new FixOptions { MaxRemovedWordShare = 0.5 };
        Assert.Equal("CL0002", FixEngine.Fix(text, RemoveMenu, strict).Refusal?.Id);
        Assert.Null(FixEngine.Fix(text, RemoveMenu, new FixOptions { MaxRemovedWordShare = 0.6 }).Refusal);
        Assert.Null(FixEngine.Fix(text, RemoveMenu).Refusal);
        var forced = FixEngine.Fix(text, RemoveMenu, strict with { Force = true });
        Assert.Null(forced.Refusal);
        Assert.Equal(Article, forced.Fixed.Text);
    }

    [Fact]
    public void AFileOfOnlyJunkIsNeverEmptiedEvenWhenForced()
    {
        var text = SourceText.From("Share\nTweet\nEmail\n");
        var result = FixEngine.Fix(text, t => LinesStartingWith(t, ""), new FixOptions { Force = true });
        Assert.Equal("CL0003", result.Refusal?.Id);
        Assert.Contains("Every line of the file is junk", result.Refusal!.Message);
        Assert.Equal(text.Text, result.Fixed.Text);
    }

    [Theory]
    [InlineData("   \n\n\t\n")]
    [InlineData("\u00A0\u200B\r\n")]
    public void AFileOfOnlyWhitespaceIsLeftAsItIs(string content)
    {
        var result = FixEngine.Fix(SourceText.From(content), _ => []);
        Assert.Equal("CL0003", result.Refusal?.Id);
        Assert.Contains("only whitespace", result.Refusal!.Message);
        Assert.Equal(content, result.Fixed.Text);
    }

    [Fact]
    public void AnEmptyFileStaysEmptyWithoutComplaint()
    {
        var result = FixEngine.Fix(SourceText.From(string.Empty), _ => []);
        Assert.Null(result.Refusal);
        Assert.Equal(string.Empty, result.Fixed.Text);
    }

    [Fact]
    public void AFixThatRewritesAWordIsRefusedWhateverTheOptions()
    {
        static IReadOnlyList<Diagnostic> Americanise(SourceText t)
        {
            int at = t.Text.IndexOf("colour", StringComparison.Ordinal);
            return at < 0 ? [] : [Diagnostic(t, new TextChange(new TextSpan(at, 6), "color"))];
        }

        var text = SourceText.From("Title\n\nThe colour of the sky.\n");
        var result = FixEngine.Fix(text, Americanise, new FixOptions { Force = true, MaxRemovedWordShare = 1 });
        Assert.Equal("CL0004", result.Refusal?.Id);
        Assert.Contains("'color'", result.Refusal!.Message);
        Assert.Equal(text.Text, result.Fixed.Text);
    }

    [Fact]
    public void RestoringMisDecodedCharactersIsNotRewritingWords()
    {
        // A rule that repairs `â€™` to `’` changes how the words split ("presidentâ", "s"), not the words.
        static IReadOnlyList<Diagnostic> Repair(SourceText t)
        {
            var repaired = Windows1252Mojibake.Repair(t.Text);
            return repaired == t.Text ? [] : [Diagnostic(t, new TextChange(new TextSpan(0, t.Length), repaired))];
        }

        var text = SourceText.From("Title\n\nThe presidentâ€™s â€œChooseâ€\u009D cafÃ© in ÐœÐ¾Ñ\u0081ÐºÐ²Ð°.\n");
        var result = FixEngine.Fix(text, Repair);
        Assert.Null(result.Refusal);
        Assert.Equal("Title\n\nThe president’s “Choose” café in Москва.\n", result.Fixed.Text);
    }

    [Fact]
    public void NormalisingCharactersIsNotRewritingWords()
    {
        // A soft hyphen inside a word, NFD accents and CRLF: the normalised words are the same words.
        var text = SourceText.From("Title\r\n\r\nThe inter\u00ADnational caf\u0065\u0301 opened.\r\n");
        var result = FixEngine.Fix(text, _ => []);
        Assert.Null(result.Refusal);
        Assert.Equal("Title\n\nThe international café opened.\n", result.Fixed.Text);
    }

    [Fact]
    public void WordsOfScriptsWithoutSpacesCountOneByOne()
    {
        // A Chinese article with one long line of English share junk: by characters the junk is the smaller part.
        var article = "部长今天宣布了新的计划\n\n部长表示，这项计划将于明年实施，尽管成本很高。政府将在下个月公布更多细节。\n";
        var text = SourceText.From(article + "\nShare this on Facebook Twitter WhatsApp Email Print\n");
        var result = FixEngine.Fix(text, t => LinesStartingWith(t, "Share"), new FixOptions { MaxRemovedWordShare = 0.5 });
        Assert.Null(result.Refusal);
        Assert.Equal(article, result.Fixed.Text);
    }

    private static List<Diagnostic> LinesStartingWith(SourceText text, string prefix)
    {
        var found = new List<Diagnostic>();
        for (int i = 0; i < text.LineCount; i++)
        {
            var line = text.GetLine(i);
            if (line.Span.Length > 0 && text.ToString(line.Span).StartsWith(prefix, StringComparison.Ordinal))
            {
                found.Add(Diagnostic(text, TextChange.Delete(line.SpanIncludingLineBreak)));
            }
        }

        return found;
    }

    private static Diagnostic Diagnostic(SourceText text, TextChange change) =>
        new(Junk, Location.Create("t.txt", text, change.Span), "junk", Severity.Warning, new CodeFix("fix", [change]));
}
