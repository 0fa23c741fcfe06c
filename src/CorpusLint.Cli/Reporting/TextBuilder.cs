using System.Buffers;
using System.Globalization;

namespace CorpusLint.Cli.Reporting;

/// <summary>
/// Report text built in place, on the stack while it fits: a diagnostic of the text format (a dozen pieces
/// over five or six lines) reaches the writer in one call. Dispose it to give back a buffer it had to rent.
/// </summary>
internal ref struct TextBuilder(Span<char> initial, string newLine)
{
    private Span<char> _chars = initial;
    private char[]? _rented;
    private int _length;

    public readonly ReadOnlySpan<char> Written => _chars[.._length];

    public void Append(char c)
    {
        if (_length == _chars.Length)
        {
            Grow(1);
        }

        _chars[_length++] = c;
    }

    public void Append(scoped ReadOnlySpan<char> text)
    {
        if (text.Length > _chars.Length - _length)
        {
            Grow(text.Length);
        }

        text.CopyTo(_chars[_length..]);
        _length += text.Length;
    }

    public void Append(int value)
    {
        Span<char> digits = stackalloc char[11];
        value.TryFormat(digits, out int count, provider: CultureInfo.InvariantCulture);
        Append(digits[..count]);
    }

    public void Append(char c, int count)
    {
        if (count > _chars.Length - _length)
        {
            Grow(count);
        }

        _chars.Slice(_length, Math.Max(0, count)).Fill(c);
        _length += Math.Max(0, count);
    }

    public void AppendLine() => Append(newLine);

    public void AppendLine(scoped ReadOnlySpan<char> text)
    {
        Append(text);
        Append(newLine);
    }

    /// <summary>Writes what was built to <paramref name="output"/> and starts again.</summary>
    public void WriteTo(TextWriter output)
    {
        output.Write(Written);
        _length = 0;
    }

    public void Dispose()
    {
        if (_rented is not null)
        {
            ArrayPool<char>.Shared.Return(_rented);
        }
    }

    private void Grow(int more)
    {
        var larger = ArrayPool<char>.Shared.Rent(Math.Max(_chars.Length * 2, _length + more));
        Written.CopyTo(larger);
        if (_rented is not null)
        {
            ArrayPool<char>.Shared.Return(_rented);
        }

        _chars = _rented = larger;
    }
}
