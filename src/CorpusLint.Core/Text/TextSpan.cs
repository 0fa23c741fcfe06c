namespace CorpusLint.Text;

/// <summary>A range of characters in a <see cref="SourceText"/>: [Start, End).</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public bool IsEmpty => Length == 0;

    public static TextSpan FromBounds(int start, int end)
    {
        if (end < start)
        {
            throw new ArgumentOutOfRangeException(nameof(end), $"end {end} is before start {start}");
        }

        return new TextSpan(start, end - start);
    }

    /// <summary>True when the spans share a character, or one is empty and sits strictly inside the other.</summary>
    public bool OverlapsWith(TextSpan other) =>
        Start < other.End && other.Start < End
        || (IsEmpty && other.Start < Start && Start < other.End)
        || (other.IsEmpty && Start < other.Start && other.Start < End);

    public override string ToString() => $"[{Start}..{End})";
}
