namespace CorpusLint.Text;

/// <summary>A zero-based line and character position; reports add one to each for people.</summary>
public readonly record struct LinePosition(int Line, int Character) : IComparable<LinePosition>
{
    public int CompareTo(LinePosition other) =>
        Line != other.Line ? Line.CompareTo(other.Line) : Character.CompareTo(other.Character);

    public override string ToString() => $"{Line + 1},{Character + 1}";
}
