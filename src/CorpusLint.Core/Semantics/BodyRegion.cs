using CorpusLint.Syntax;

namespace CorpusLint.Semantics;

/// <summary>
/// The span of lines that holds the article's main body run as the <see cref="ArticleLayout"/> found it,
/// from its first to its last block. Junk before and after it (menus, related headlines, footers) is
/// outside; a line inside it is judged more kindly.
/// </summary>
public sealed record BodyRegion(int FirstLine, int LastLine)
{
    public static readonly BodyRegion Empty = new(-1, -2);

    public bool IsEmpty => LastLine < FirstLine;

    public bool Contains(int line) => line >= FirstLine && line <= LastLine;

    public static BodyRegion Of(ArticleTree tree, ArticleLayout layout) =>
        layout.FirstBodyBlock < 0 || layout.LastBodyBlock < layout.FirstBodyBlock
            ? Empty
            : new BodyRegion(tree.Blocks[layout.FirstBodyBlock].FirstLine, tree.Blocks[layout.LastBodyBlock].LastLine);
}
