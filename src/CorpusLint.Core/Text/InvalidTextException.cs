namespace CorpusLint.Text;

/// <summary>
/// The bytes are not text CorpusLint can read (binary data, invalid UTF-8, UTF-16 without a byte order mark).
/// It carries the byte offset so the user can find the problem; we never guess an encoding silently.
/// </summary>
public sealed class InvalidTextException(string reason, long byteOffset)
    : Exception(byteOffset >= 0 ? $"{reason} at byte offset {byteOffset}" : reason)
{
    public string Reason { get; } = reason;

    /// <summary>Where the problem starts, or -1 when it concerns the file as a whole.</summary>
    public long ByteOffset { get; } = byteOffset;
}
