using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Text;

namespace CorpusLint.Cli.Caching;

/// <summary>
/// Writes the cache's compact binary form: unsigned numbers as 7-bit varints (most are small), signed ones
/// zigzag-encoded, strings as a length and their UTF-8 bytes.
/// </summary>
internal sealed class CacheWriter
{
    // Its own array and position, not an ArrayBufferWriter: a cold check writes some ten numbers per diagnostic,
    // and the writer's span and advance checks were most of each (callgrind: 147 M of a cold run's 6.9 G
    // instructions over three folders were in Unsigned).
    private byte[] _buffer;
    private int _length;

    public CacheWriter(int initialCapacity = 256) => _buffer = new byte[initialCapacity];

    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _length);

    public int Length => _length;

    /// <summary>Starts over in the same buffer, for a writer reused per record.</summary>
    public void Reset() => _length = 0;

    public void Byte(byte value)
    {
        Reserve(1);
        _buffer[_length++] = value;
    }

    public void Unsigned(uint value)
    {
        Reserve(5);
        var buffer = _buffer;
        int at = _length;
        for (; value >= 0x80; value >>= 7)
        {
            buffer[at++] = (byte)(value | 0x80);
        }

        buffer[at++] = (byte)value;
        _length = at;
    }

    public void Signed(int value) => Unsigned((uint)((value << 1) ^ (value >> 31)));

    public void Double(double value)
    {
        Reserve(8);
        BinaryPrimitives.WriteDoubleLittleEndian(_buffer.AsSpan(_length), value);
        _length += 8;
    }

    public void Bytes(ReadOnlySpan<byte> bytes)
    {
        Reserve(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
    }

    public void String(string value)
    {
        int length = Encoding.UTF8.GetByteCount(value);
        Unsigned((uint)length);
        Reserve(length);
        _length += Encoding.UTF8.GetBytes(value, _buffer.AsSpan(_length));
    }

    // Room for this many more bytes, doubling the buffer when it lacks them.
    private void Reserve(int bytes)
    {
        if (_buffer.Length - _length < bytes)
        {
            Array.Resize(ref _buffer, Math.Max(2 * _buffer.Length, _length + bytes));
        }
    }
}

/// <summary>
/// Reads what <see cref="CacheWriter"/> wrote. Anything out of place (a truncated or foreign entry) throws a
/// <see cref="FormatException"/>, which the cache treats as a miss.
/// </summary>
internal ref struct CacheReader(ReadOnlySpan<byte> bytes)
{
    private readonly ReadOnlySpan<byte> _bytes = bytes;
    private int _position;

    public readonly bool AtEnd => _position == _bytes.Length;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public byte Byte() => _position < _bytes.Length ? _bytes[_position++] : throw Truncated();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public uint Unsigned()
    {
        uint value = 0;
        for (int shift = 0; shift < 35; shift += 7)
        {
            byte b = Byte();
            value |= (uint)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }

        throw new FormatException("a number in the cache entry is too long");
    }

    /// <summary>An unsigned number that must fit an int (a count, a length, an offset).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Count() => Unsigned() is var value && value <= int.MaxValue ? (int)value : throw new FormatException("a count in the cache entry is out of range");

    /// <summary>A number of items that follow, each taking at least one byte: more than the bytes left is damage.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int ItemCount() => Count() is var count && count <= _bytes.Length - _position ? count : throw new FormatException("a count in the cache entry is larger than the entry");

    /// <summary>An index into a table of <paramref name="length"/> items.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Index(int length) => Unsigned() is var value && value < (uint)length ? (int)value : throw new FormatException("an index in the cache entry is out of range");

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Signed()
    {
        uint value = Unsigned();
        return (int)(value >> 1) ^ -(int)(value & 1);
    }

    public double Double() => BinaryPrimitives.ReadDoubleLittleEndian(Bytes(8));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<byte> Bytes(int length)
    {
        if (length > _bytes.Length - _position)
        {
            throw Truncated();
        }

        var bytes = _bytes.Slice(_position, length);
        _position += length;
        return bytes;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public string String() => Encoding.UTF8.GetString(Bytes(Count()));

    /// <summary>Where the reader is, for an entry that is kept as a slice of the bytes it was read from.</summary>
    public readonly int Position => _position;

    private static FormatException Truncated() => new("the cache entry is truncated");
}
