namespace CorpusLint.Syntax;

/// <summary>A run of non-blank lines between blank lines: a paragraph, a caption, a menu.</summary>
public sealed record ArticleBlock(int Index, int FirstLine, int LastLine)
{
    public int LineCount => LastLine - FirstLine + 1;
}
