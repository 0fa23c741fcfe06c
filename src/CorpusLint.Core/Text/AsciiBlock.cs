using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace CorpusLint.Text;

/// <summary>
/// Sixteen characters read as bytes, for scans that classify text sixteen characters at a time (the word keys of
/// every line, the fix guard's word count): ASCII stays itself and everything beyond it is told apart by its sign.
/// </summary>
internal static class AsciiBlock
{
    /// <summary>How many characters a block holds.</summary>
    public const int Length = 16;

    // Sixteen characters as bytes, with signed saturation (one instruction): an ASCII character is itself, DEL and
    // every character beyond ASCII are 127 or -128. Comparisons of bytes are single instructions of the baseline the
    // native build targets; those of 16-bit lanes and their lane masks are not (a mask was a call).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<sbyte> Narrow(ReadOnlySpan<char> block)
    {
        ref short first = ref Unsafe.As<char, short>(ref MemoryMarshal.GetReference(block));
        return Vector128.NarrowWithSaturation(Vector128.LoadUnsafe(ref first), Vector128.LoadUnsafe(ref first, (nuint)Vector128<short>.Count));
    }

    // The lanes from low to high: shifted so that low is -128, they are the lanes below -128 + the range's size.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<sbyte> IsInRange(Vector128<sbyte> bytes, char low, char high) =>
        Vector128.LessThan(bytes + Vector128.Create(unchecked((sbyte)(0x80 - low))), Vector128.Create(unchecked((sbyte)(-0x80 + high - low + 1))));

    /// <summary>A bit per ASCII letter or digit of the block (lowest bit first).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint LettersAndDigits(Vector128<sbyte> bytes) =>
        (IsInRange(bytes | Vector128.Create((sbyte)0x20), 'a', 'z') | IsInRange(bytes, '0', '9')).ExtractMostSignificantBits();

    // DEL or beyond ASCII: the lanes whose sign one more sets (127, and -128 to -2: U+0080 to U+7FFF saturate to 127,
    // U+8000 and above to -128 or, from U+FF80, -128 to -1). DEL, in no word, is judged by the tokenizer's test; U+FFFF,
    // a noncharacter (-1), is read as a character of no word, which it is.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<sbyte> IsBeyondAscii(Vector128<sbyte> bytes) => bytes + Vector128<sbyte>.One;
}
