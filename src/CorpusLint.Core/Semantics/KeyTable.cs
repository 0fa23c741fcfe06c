namespace CorpusLint.Semantics;

/// <summary>
/// A map from a 64-bit key (a word's or a shingle's hash) to a non-zero int, as an open-addressing table: one probe
/// of two flat arrays per key, where <see cref="Dictionary{TKey, TValue}"/> went through a bucket array into an entry
/// array and computed a modulo, and took more memory per key. The shingle index adds a shingle for every word of an
/// article, and the body vocabulary counts every content word of its prose and is asked about the words of every
/// teaser-shaped block. A value of 0 means "no entry", so a new array is an empty table.
/// </summary>
internal sealed class KeyTable
{
    private const int MinCapacity = 16;

    private long[] _keys;
    private int[] _values;
    private int _count;
    private int _shift;

    /// <param name="expected">About how many keys will be added; the table grows past it when need be.</param>
    public KeyTable(int expected)
    {
        int capacity = MinCapacity;
        while (MaxCount(capacity) < expected)
        {
            capacity <<= 1;
        }

        _keys = new long[capacity];
        _values = new int[capacity];
        _shift = 64 - int.Log2(capacity);
    }

    /// <summary>The key's value, or 0 when it has none.</summary>
    public int this[long key] => _values[Find(key)];

    /// <summary>The place of the key's value, which is 0 when the key is new: the caller then stores a non-zero value.</summary>
    public ref int Slot(long key)
    {
        int slot = Find(key);
        if (_values[slot] == 0)
        {
            if (++_count > MaxCount(_keys.Length))
            {
                Grow();
                slot = Find(key);
            }

            _keys[slot] = key;
        }

        return ref _values[slot];
    }

    // At most three quarters full: linear probing stays short while the arrays stay small.
    private static int MaxCount(int capacity) => capacity - (capacity >> 2);

    // Fibonacci hashing: the high bits of the product mix every bit of the key; a shingle hash's low bits are
    // mostly its last word's, and a word key's lowest bit is its content flag.
    private int Find(long key)
    {
        int mask = _keys.Length - 1;
        int slot = (int)((ulong)key * 0x9E3779B97F4A7C15UL >> _shift);
        while (_values[slot] != 0 && _keys[slot] != key)
        {
            slot = (slot + 1) & mask;
        }

        return slot;
    }

    private void Grow()
    {
        var keys = _keys;
        var values = _values;
        _keys = new long[keys.Length * 2];
        _values = new int[keys.Length * 2];
        _shift--;
        for (int i = 0; i < keys.Length; i++)
        {
            if (values[i] != 0)
            {
                int slot = Find(keys[i]);
                _keys[slot] = keys[i];
                _values[slot] = values[i];
            }
        }
    }
}
