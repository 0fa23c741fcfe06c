using System.Text;
using CorpusLint.Text;

namespace CorpusLint.Core.Tests.Text;

public class SourceTextTests
{
    [Fact]
    public void Utf8WithoutBomDecodes()
    {
        var text = SourceText.Decode("héllo\nworld"u8);
        Assert.Equal("héllo\nworld", text.Text);
        Assert.Equal(TextEncodingKind.Utf8, text.Encoding);
    }

    [Fact]
    public void Utf8BomIsRemovedAndRemembered()
    {
        var text = SourceText.Decode([0xEF, 0xBB, 0xBF, (byte)'a']);
        Assert.Equal("a", text.Text);
        Assert.Equal(TextEncodingKind.Utf8WithBom, text.Encoding);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16WithBomDecodes(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes("Привет, мир")];
        var text = SourceText.Decode(bytes);
        Assert.Equal("Привет, мир", text.Text);
        Assert.Equal(bigEndian ? TextEncodingKind.Utf16BigEndian : TextEncodingKind.Utf16LittleEndian, text.Encoding);
    }

    [Fact]
    public void InvalidUtf8ReportsTheByteOffset()
    {
        byte[] bytes = [(byte)'o', (byte)'k', 0xC3, 0x28];
        var error = Assert.Throws<InvalidTextException>(() => SourceText.Decode(bytes));
        Assert.Equal(2, error.ByteOffset);
        Assert.Contains("invalid UTF-8", error.Message);
    }

    [Fact]
    public void NulByteMeansBinary()
    {
        byte[] bytes = [(byte)'a', 0x00, 0xFF, 0x10, 0x20, 0x99, 0x00, 0x01];
        var error = Assert.Throws<InvalidTextException>(() => SourceText.Decode(bytes));
        Assert.Contains("binary", error.Message);
        Assert.Equal(1, error.ByteOffset);
    }

    [Fact]
    public void Utf16WithoutBomIsRecognisedNotGuessed()
    {
        var bytes = Encoding.Unicode.GetBytes("This is plain English text in UTF-16.");
        var error = Assert.Throws<InvalidTextException>(() => SourceText.Decode(bytes));
        Assert.Contains("UTF-16 without a byte order mark", error.Message);
    }

    [Fact]
    public void LinesHandleEveryLineBreak()
    {
        var text = SourceText.From("a\r\nbb\rc\n\nd");
        Assert.Equal(5, text.LineCount);
        Assert.Equal("bb", text.ToString(text.GetLine(1).Span));
        Assert.Equal(new TextSpan(3, 3), text.GetLine(1).SpanIncludingLineBreak);
        Assert.Equal("", text.ToString(text.GetLine(3).Span));
        Assert.Equal("d", text.ToString(text.GetLine(4).Span));
    }

    /// <summary>
    /// Random texts of letters and line breaks (\r\n, lone \r, lone \n, runs of them): the lines with their breaks put
    /// the text back together, no line holds a break, and each line but the last ends with one.
    /// </summary>
    [Fact]
    public void LinesOfRandomTextsAreTheTextCutAtItsLineBreaks()
    {
        var random = new Random(20261203);
        for (int n = 0; n < 2000; n++)
        {
            string value = new(Enumerable.Range(0, random.Next(0, 30)).Select(_ => "ab\r\n "[random.Next(5)]).ToArray());
            var text = SourceText.From(value);
            var joined = new System.Text.StringBuilder();
            for (int i = 0; i < text.LineCount; i++)
            {
                var line = text.GetLine(i);
                string content = text.ToString(line.Span), withBreak = text.ToString(line.SpanIncludingLineBreak);
                Assert.DoesNotContain('\r', content);
                Assert.DoesNotContain('\n', content);
                Assert.True(i == text.LineCount - 1 || withBreak.Length > content.Length, $"line {i} of {value.ReplaceLineEndings("|")}");
                Assert.True(withBreak.Length - content.Length <= 2 && (withBreak.Length - content.Length < 2 || withBreak.EndsWith("\r\n")), value);
                joined.Append(withBreak);
            }

            Assert.Equal(value, joined.ToString());
            Assert.Equal(value.Length == 0 ? 0 : 1 + value.Replace("\r\n", "\n").Count(c => c is '\r' or '\n') - (value[^1] is '\r' or '\n' ? 1 : 0), text.LineCount);
        }
    }

    [Fact]
    public void FinalLineBreakDoesNotStartAnotherLine()
    {
        Assert.Equal(2, SourceText.From("a\nb\n").LineCount);
        Assert.Equal(0, SourceText.From("").LineCount);
    }

    [Fact]
    public void LinePositionIsZeroBasedLineAndCharacter()
    {
        var text = SourceText.From("ab\ncde\n");
        Assert.Equal(new LinePosition(1, 2), text.GetLinePosition(5));
        Assert.Equal(new LinePosition(0, 0), text.GetLinePosition(0));
    }

    /// <summary>
    /// Every offset of texts of 1 to 300 lines (line counts at and beside powers of two, empty lines, CRLF and a
    /// missing final break) is on the line a walk from the start counts, at the column since that line's start.
    /// </summary>
    [Fact]
    public void EveryOffsetIsOnTheLineAWalkFindsIt()
    {
        var random = new Random(20261207);
        foreach (int lines in new[] { 1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 32, 33, 64, 65, 127, 128, 129, 300 })
        {
            var builder = new System.Text.StringBuilder();
            for (int i = 0; i < lines; i++)
            {
                builder.Append('x', random.Next(4));
                if (i < lines - 1 || random.Next(2) == 0)
                {
                    builder.Append(random.Next(3) == 0 ? "\r\n" : "\n");
                }
            }

            var source = builder.ToString();
            var text = SourceText.From(source);
            int line = 0, lineStart = 0;
            for (int offset = 0; offset <= source.Length; offset++)
            {
                if (offset > 0 && source[offset - 1] == '\n' && offset < source.Length)
                {
                    (line, lineStart) = (line + 1, offset);
                }

                Assert.Equal(new LinePosition(line, offset - lineStart), text.GetLinePosition(offset));
            }
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("ab\ncde\n")]
    [InlineData("\n\nx\r\ny\n\n")]
    public void APositionFoundNearAnotherIsTheOneFoundAlone(string escaped)
    {
        var text = SourceText.From(escaped.Replace("\\n", "\n").Replace("\\r", "\r"));
        for (int offset = 0; offset <= text.Length; offset++)
        {
            for (int near = 0; near <= text.Length; near++)
            {
                Assert.Equal(text.GetLinePosition(offset), text.GetLinePosition(offset, text.GetLinePosition(near)));
            }

            // A position past the last line, as a caller's stale one may be.
            Assert.Equal(text.GetLinePosition(offset), text.GetLinePosition(offset, new LinePosition(text.LineCount + 1, 0)));
        }
    }

    [Fact]
    public void WithChangesAppliesInAnyOrder()
    {
        var text = SourceText.From("one two three");
        var changed = text.WithChanges([new TextChange(new TextSpan(8, 5), "3"), new TextChange(new TextSpan(0, 3), "1")]);
        Assert.Equal("1 two 3", changed.Text);
    }

    // Changes are applied by start, then end (an insertion before a deletion that starts where it does), and
    // insertions at one place in the order given, whether they come in that order or not.
    [Fact]
    public void WithChangesOrdersByStartThenEndAndKeepsTheOrderOfTies()
    {
        var text = SourceText.From("one two three");
        TextChange[] inOrder = [new(new TextSpan(0, 3), "1"), new(new TextSpan(4, 0), "x"), new(new TextSpan(4, 3), ""), new(new TextSpan(8, 0), "b"), new(new TextSpan(8, 0), "c")];
        Assert.Equal("1 x bcthree", text.WithChanges(inOrder).Text);
        TextChange[] shuffled = [inOrder[3], inOrder[2], inOrder[4], inOrder[1], inOrder[0]];
        Assert.Equal("1 x bcthree", text.WithChanges(shuffled).Text);
    }

    [Fact]
    public void WithChangesRejectsOverlaps()
    {
        var text = SourceText.From("one two three");
        Assert.Throws<ArgumentException>(() => text.WithChanges([new TextChange(new TextSpan(0, 5), ""), new TextChange(new TextSpan(4, 3), "")]));
    }
}
