using System.Text;
using CorpusLint.Cli.Linting;
using CorpusLint.Text;

namespace CorpusLint.Cli.Tests.Linting;

public class FlaggedLinesTests
{
    [Theory]
    [InlineData("Title\n\nplain\tASCII, with a \u0007 bell\r\n")]
    [InlineData("Tïtle — “quoted”\n\nBody with\u200B an invisible\tcharacter\r\n中文 line\r")]
    public void FromTheBytesEachLineIsTheDecodedTextsLine(string content)
    {
        foreach (var bytes in new[] { Encoding.UTF8.GetBytes(content), [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(content)] })
        {
            var text = SourceText.Decode(bytes);
            var lines = FlaggedLines.Of(bytes, [.. Enumerable.Range(0, text.LineCount + 1)]);

            Assert.Equal(text.LineCount, lines.Count);
            for (int line = 0; line < text.LineCount; line++)
            {
                Assert.True(lines.TryGet(line, out var decoded, out var ascii));
                Assert.Equal(text.ToString(text.GetLine(line).Span), decoded ?? Encoding.ASCII.GetString(ascii));
                Assert.Equal(Ascii.IsValid(text.ToString(text.GetLine(line).Span)), decoded is null);
            }

            Assert.False(lines.TryGet(text.LineCount, out _, out _));
        }
    }

    [Fact]
    public void UnicodeSixteenIsDecoded()
    {
        var lines = FlaggedLines.Of([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("a\nb")], [1]);

        Assert.True(lines.TryGet(1, out var text, out _));
        Assert.Equal("b", text);
        Assert.False(lines.TryGet(0, out _, out _));
    }
}
