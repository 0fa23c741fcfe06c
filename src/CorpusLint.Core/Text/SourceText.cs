using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace CorpusLint.Text;

/// <summary>
/// An immutable decoded text with a line map, like Roslyn's SourceText. Everything downstream
/// (the tree, diagnostics, fixes) speaks in offsets into this string.
/// </summary>
public sealed class SourceText
{
    private readonly int[] _lineStarts;

    private SourceText(string text, TextEncodingKind encoding)
    {
        Text = text;
        Encoding = encoding;
        _lineStarts = ComputeLineStarts(text);
    }

    public string Text { get; }

    public TextEncodingKind Encoding { get; }

    public int Length => Text.Length;

    /// <summary>Lines of the text; a final line break does not start another, empty line.</summary>
    public int LineCount => _lineStarts.Length;

    public static SourceText From(string text, TextEncodingKind encoding = TextEncodingKind.Utf8) => new(text, encoding);

    /// <summary>Decodes a file's bytes. Throws <see cref="InvalidTextException"/> for anything that is not text.</summary>
    public static SourceText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new SourceText(DecodeUtf8Strict(bytes[3..], 3), TextEncodingKind.Utf8WithBom);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new SourceText(DecodeUtf16Strict(bytes[2..], bigEndian: false), TextEncodingKind.Utf16LittleEndian);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new SourceText(DecodeUtf16Strict(bytes[2..], bigEndian: true), TextEncodingKind.Utf16BigEndian);
        }

        int nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            throw LooksLikeUtf16WithoutBom(bytes)
                ? new InvalidTextException("looks like UTF-16 without a byte order mark; re-save it as UTF-8", -1)
                : new InvalidTextException("binary data (a NUL byte), not text", nul);
        }

        return new SourceText(DecodeUtf8Strict(bytes, 0), TextEncodingKind.Utf8);
    }

    public string ToString(TextSpan span) => Text.Substring(span.Start, span.Length);

    public ReadOnlySpan<char> AsSpan(TextSpan span) => Text.AsSpan(span.Start, span.Length);

    public TextLine GetLine(int lineNumber)
    {
        int start = _lineStarts[lineNumber];
        int nextStart = lineNumber + 1 < _lineStarts.Length ? _lineStarts[lineNumber + 1] : Text.Length;
        int end = nextStart;
        if (end > start && Text[end - 1] == '\n')
        {
            end--;
        }

        if (end > start && Text[end - 1] == '\r')
        {
            end--;
        }

        return new TextLine(lineNumber, TextSpan.FromBounds(start, end), TextSpan.FromBounds(start, nextStart));
    }

    public LinePosition GetLinePosition(int offset)
    {
        if (_lineStarts.Length == 0)
        {
            return new LinePosition(0, 0);
        }

        // The last line starting at or before the offset, searched without a branch on the comparison: every
        // diagnostic asks, at offsets the processor cannot guess, and with a mispredicted branch per halving the
        // search was 1.4 % of a check's cycles (0.95 % without, perf). The line is in [low, low + length); each step keeps the half that holds it by arithmetic
        // (the sign of offset - start: both are lengths, so it cannot overflow), as the compiler keeps a branch for
        // a conditional in a loop. The loop runs log2(lines) times whatever the offset.
        var starts = _lineStarts;
        int low = 0;
        for (int length = starts.Length; length > 1;)
        {
            int half = length >> 1;
            low += half & ~((offset - starts[low + half]) >> 31);
            length -= half;
        }

        return new LinePosition(low, offset - starts[low]);
    }

    /// <summary>The position of an offset, found first on the line of a nearby position, such as a span's start for its end.</summary>
    /// <remarks>Most spans end on the line they start on: two comparisons, where a search took a fiftieth of a check.</remarks>
    public LinePosition GetLinePosition(int offset, LinePosition near)
    {
        int line = near.Line;
        bool onThatLine = line < _lineStarts.Length && _lineStarts[line] <= offset
            && (line + 1 == _lineStarts.Length || offset < _lineStarts[line + 1]);
        return onThatLine ? new LinePosition(line, offset - _lineStarts[line]) : GetLinePosition(offset);
    }

    /// <summary>Applies non-overlapping changes (in any order) and returns the new text.</summary>
    public SourceText WithChanges(IEnumerable<TextChange> changes)
    {
        var ordered = InTextOrder(changes);
        if (ordered.Length == 0)
        {
            return this;
        }

        var builder = new StringBuilder(Text.Length);
        int position = 0;
        foreach (var change in ordered)
        {
            if (change.Span.Start < position)
            {
                throw new ArgumentException($"overlapping changes at {change.Span}", nameof(changes));
            }

            builder.Append(Text, position, change.Span.Start - position).Append(change.NewText);
            position = change.Span.End;
        }

        builder.Append(Text, position, Text.Length - position);
        return new SourceText(builder.ToString(), Encoding);
    }

    /// <summary>The changes by start, then end, ties in the order given (a stable sort).</summary>
    /// <remarks>
    /// The fix engine hands its changes over already in that order (it chooses fixes by their first change), so they
    /// are only checked; ordering them with LINQ every round was 1.6 % of a `fix --jsonl` (callgrind).
    /// </remarks>
    private static TextChange[] InTextOrder(IEnumerable<TextChange> changes)
    {
        var ordered = changes.ToArray();
        for (int i = 1; i < ordered.Length; i++)
        {
            var (before, after) = (ordered[i - 1].Span, ordered[i].Span);
            if (before.Start > after.Start || (before.Start == after.Start && before.End > after.End))
            {
                return [.. ordered.OrderBy(c => c.Span.Start).ThenBy(c => c.Span.End)];
            }
        }

        return ordered;
    }

    public override string ToString() => Text;

    // Every file's text passes here: the line breaks are found by a vectorised search, not a test of each character.
    private static int[] ComputeLineStarts(string text)
    {
        if (text.Length == 0)
        {
            return [];
        }

        var starts = new List<int>(Math.Max(16, text.Length / 32)) { 0 };
        int i = 0;
        while (text.AsSpan(i).IndexOfAny('\r', '\n') is int found and >= 0)
        {
            i += found;
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            if (++i == text.Length)
            {
                break;
            }

            starts.Add(i);
        }

        return [.. starts];
    }

    private static string DecodeUtf8Strict(ReadOnlySpan<byte> bytes, int offsetBase)
    {
        char[] buffer = ArrayPool<char>.Shared.Rent(bytes.Length);
        try
        {
            var status = Utf8.ToUtf16(bytes, buffer, out int read, out int written, replaceInvalidSequences: false);
            if (status != System.Buffers.OperationStatus.Done)
            {
                throw new InvalidTextException("invalid UTF-8", offsetBase + read);
            }

            return new string(buffer, 0, written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static string DecodeUtf16Strict(ReadOnlySpan<byte> bytes, bool bigEndian)
    {
        if (bytes.Length % 2 != 0)
        {
            throw new InvalidTextException("UTF-16 text with an odd number of bytes", bytes.Length + 1);
        }

        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: false, throwOnInvalidBytes: true);
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new InvalidTextException("invalid UTF-16", 2 + Math.Max(e.Index, 0));
        }
    }

    // UTF-16 text of mostly Latin script has a NUL in every other byte; binary data rarely does.
    private static bool LooksLikeUtf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        int sample = Math.Min(bytes.Length, 4096) & ~1;
        if (sample < 16)
        {
            return false;
        }

        int evenNuls = 0, oddNuls = 0;
        for (int i = 0; i < sample; i += 2)
        {
            if (bytes[i] == 0) evenNuls++;
            if (bytes[i + 1] == 0) oddNuls++;
        }

        int pairs = sample / 2;
        return (evenNuls > pairs * 0.4 && oddNuls < pairs * 0.05) || (oddNuls > pairs * 0.4 && evenNuls < pairs * 0.05);
    }
}
