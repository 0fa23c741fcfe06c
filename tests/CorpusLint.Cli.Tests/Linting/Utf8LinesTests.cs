using System.Text;
using CorpusLint.Cli.Linting;
using CorpusLint.Text;

namespace CorpusLint.Cli.Tests.Linting;

public class Utf8LinesTests
{
    [Theory]
    [InlineData("")]
    [InlineData("one line")]
    [InlineData("ends with a break\n")]
    [InlineData("a\r\nb\rc\nd\n\re\r\n\r\nf")]
    [InlineData("\n\n\r\n")]
    [InlineData("Tïtle — “quoted”\n\nBody with\u200B an invisible\tcharacter\r\n中文 line\r")]
    public void GivesEachLineAsTheDecodedTextHasIt(string content)
    {
        foreach (var bytes in new[] { Encoding.UTF8.GetBytes(content), [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(content)] })
        {
            var text = SourceText.Decode(bytes);
            var wanted = Enumerable.Range(0, text.LineCount + 2).ToArray();
            var lines = new Range[wanted.Length];

            Assert.Equal(text.LineCount, Utf8Lines.Find(bytes, wanted, lines));
            for (int line = 0; line < text.LineCount; line++)
            {
                Assert.Equal(text.ToString(text.GetLine(line).Span), Encoding.UTF8.GetString(bytes.AsSpan(lines[line])));
            }
        }
    }

    [Fact]
    public void UnicodeSixteenIsLeftToTheDecoder()
    {
        Assert.Equal(-1, Utf8Lines.Find([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("a\nb")], [0], new Range[1]));
        Assert.Equal(-1, Utf8Lines.Find([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes("a\nb")], [0], new Range[1]));
    }

    [Fact]
    public void OnlyTheLinesAskedForAreRead()
    {
        var lines = new Range[2];
        Assert.Equal(2, Utf8Lines.Find("a\nb\nc\nd\n"u8, [1, 3], lines));
        Assert.Equal([new Range(2, 3), new Range(6, 7)], lines);
    }
}
