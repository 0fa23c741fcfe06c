using CorpusLint.Text;

namespace CorpusLint.Fixes;

/// <summary>
/// Spans already claimed by chosen fixes, kept sorted so "does this overlap one of them?" costs a binary
/// search, not a scan: a page of a million junk lines must not make choosing fixes quadratic. The spans
/// in the set never overlap each other, so only the neighbours of a new span's place can overlap it.
/// </summary>
internal sealed class SpanSet
{
    private static readonly Comparer<TextSpan> ByStartThenEnd = Comparer<TextSpan>.Create((a, b) =>
        a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));

    private readonly List<TextSpan> _spans = [];

    public bool Overlaps(TextSpan span)
    {
        int index = _spans.BinarySearch(span, ByStartThenEnd);
        if (index >= 0)
        {
            return true;
        }

        index = ~index;
        return (index > 0 && _spans[index - 1].OverlapsWith(span))
            || (index < _spans.Count && _spans[index].OverlapsWith(span));
    }

    public void Add(TextSpan span)
    {
        int index = _spans.BinarySearch(span, ByStartThenEnd);
        _spans.Insert(index >= 0 ? index : ~index, span);
    }
}
