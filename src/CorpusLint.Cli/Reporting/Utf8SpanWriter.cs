using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Unicode;

namespace CorpusLint.Cli.Reporting;

/// <summary>
/// Writes report text as UTF-8 into room reserved ahead (<see cref="Utf8Builder.GetSpan"/>), for the text format,
/// which puts a diagnostic together from two dozen small pieces: each piece is a copy into the span, with no
/// call and no check for room of its own. The caller reserves enough for everything it writes.
/// </summary>
internal ref struct Utf8SpanWriter(Span<byte> room, ReadOnlySpan<byte> newLine)
{
    private readonly Span<byte> _room = room;
    private readonly ReadOnlySpan<byte> _newLine = newLine;

    /// <summary>How many bytes were written.</summary>
    public int Length { get; private set; }

    /// <summary>Appends one ASCII character.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Append(byte ascii) => _room[Length++] = ascii;

    /// <summary>Appends UTF-8 bytes as they are.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Append(scoped ReadOnlySpan<byte> utf8)
    {
        utf8.CopyTo(_room[Length..]);
        Length += utf8.Length;
    }

    /// <summary>Appends <paramref name="count"/> times one ASCII character (none for a count below 1).</summary>
    public void Append(byte ascii, int count)
    {
        if (count > 0)
        {
            _room.Slice(Length, count).Fill(ascii);
            Length += count;
        }
    }

    /// <summary>Appends text encoded as UTF-8 (an unpaired surrogate as U+FFFD, like the report writer's encoder); at most three bytes a character.</summary>
    public void Append(scoped ReadOnlySpan<char> text)
    {
        Utf8.FromUtf16(text, _room[Length..], out _, out int written, replaceInvalidSequences: true, isFinalBlock: true);
        Length += written;
    }

    /// <summary>Appends a number (at most 11 bytes).</summary>
    public void Append(int value)
    {
        value.TryFormat(_room[Length..], out int written, provider: CultureInfo.InvariantCulture);
        Length += written;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AppendLine() => Append(_newLine);
}
