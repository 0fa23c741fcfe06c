using System.Text;
using CorpusLint.Cli.Reporting;
using CorpusLint.Diagnostics;
using CorpusLint.Text;

namespace CorpusLint.Cli.Tests.Reporting;

public class CodeFrameTests
{
    [Fact]
    public void PutsCaretsUnderTheFlaggedCharacters()
    {
        var frame = Render("Title\n\nSay\tit \u00A0 twice.\n", start: 16, length: 6);
        Assert.Equal(["  |", "3 | Say it   twice.", "  |" + new string(' ', 10) + "^^^^^^"], frame);
    }

    [Fact]
    public void ShowsInvisibleCharactersByCodePoint()
    {
        var frame = Render("ab\u200Bc\n", start: 2, length: 1);
        Assert.Equal(["  |", "1 | ab<U+200B>c", "  |   ^^^^^^^^"], frame);
    }

    [Fact]
    public void ALongLineShowsAWindowAroundTheFinding()
    {
        var line = new string('a', 300) + "XYZ" + new string('b', 300);
        var frame = Render(line + "\n", start: 300, length: 3);
        Assert.StartsWith("1 | …", frame[1]);
        Assert.EndsWith("…", frame[1]);
        Assert.True(frame[1].Length <= CodeFrame.MaxWidth + 6);
        int caret = frame[2].IndexOf('^');
        Assert.Equal("XYZ", frame[1].Substring(caret, 3));
        Assert.EndsWith("^^^", frame[2]);
    }

    [Fact]
    public void AFindingAsLongAsALongLineShowsTheWindowFromItsStart()
    {
        var frame = Render(new string('a', 500) + "\n", start: 0, length: 500);
        Assert.Equal("1 | " + new string('a', CodeFrame.MaxWidth) + "…", frame[1]);
        Assert.Equal("  | " + new string('^', CodeFrame.MaxWidth), frame[2]);
    }

    [Fact]
    public void AnInvisibleCharacterCutByTheWindowsEdgeIsCutToo()
    {
        // Columns: 120 a's, <U+200B> at 120-127, then b's; the finding's b is at column 148, so the window starts at 123.
        var frame = Render(new string('a', 120) + "\u200B" + new string('b', 50) + "\n", start: 141, length: 1);
        Assert.Equal("1 | …200B>" + new string('b', 50), frame[1]);
        Assert.Equal("  | " + new string(' ', 26) + "^", frame[2]);
    }

    [Fact]
    public void AnEmptyLineOrAFindingPastTheEndStillGetsOneCaret()
    {
        Assert.Equal(["  |", "2 |", "  | ^"], Render("a\n\nb\n", start: 2, length: 0));
        Assert.Equal(["  |", "1 | a", "  |  ^"], Render("a", start: 1, length: 0));
    }

    [Theory]
    [InlineData("plain words", 6, 5)]
    [InlineData("a\ttab and a \u0007 bell and a \u007f delete", 14, 1)]
    [InlineData("\u0001\u0002 control characters first", 0, 2)]
    public void APlainAsciiLineFromItsBytesGetsTheFrameOfItsText(string line, int start, int length)
    {
        // Long lines too, with the finding before, inside and after the window's cuts.
        foreach (var (content, at) in new[] { (line, start), (new string('x', 140) + line + new string('y', 140), start + 140), (line + new string('z', 300), start) })
        {
            var text = SourceText.From(content + "\n");
            var location = Location.Create("a.txt", text, new TextSpan(at, length));
            var fromText = new byte[CodeFrame.MaxLength(1)];
            var textFrame = new Utf8SpanWriter(fromText, "\n"u8);
            CodeFrame.Append(ref textFrame, content, location, AnsiStyle.Plain, AnsiColour.Yellow);
            var fromBytes = new byte[CodeFrame.MaxLength(1)];
            var bytesFrame = new Utf8SpanWriter(fromBytes, "\n"u8);
            CodeFrame.Append(ref bytesFrame, Encoding.ASCII.GetBytes(content), location, AnsiStyle.Plain, AnsiColour.Yellow);

            Assert.Equal(fromText.AsSpan(0, textFrame.Length), fromBytes.AsSpan(0, bytesFrame.Length));
        }
    }

    private static IReadOnlyList<string> Render(string content, int start, int length)
    {
        var text = SourceText.From(content);
        var location = Location.Create("a.txt", text, new TextSpan(start, length));
        var bytes = new byte[CodeFrame.MaxLength(1)];
        var frame = new Utf8SpanWriter(bytes, "\n"u8);
        CodeFrame.Append(ref frame, text.ToString(text.GetLine(location.Start.Line).Span), location, AnsiStyle.Plain, AnsiColour.Yellow);
        return Encoding.UTF8.GetString(bytes, 0, frame.Length).Split('\n')[..^1];
    }
}
