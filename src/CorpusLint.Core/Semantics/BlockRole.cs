namespace CorpusLint.Semantics;

/// <summary>What part of the page a block is, as the <see cref="ArticleLayout"/> sees it.</summary>
public enum BlockRole
{
    /// <summary>The article's text: the body region, a second part of it, or a lead paragraph above it.</summary>
    Body,

    /// <summary>The headline kept as line 1.</summary>
    Title,

    /// <summary>The page's &lt;title&gt; line (`Headline | Site`) when the plain headline also stands in the page.</summary>
    DecoratedTitle,

    /// <summary>Text before the article: menus, breadcrumbs, teasers.</summary>
    BeforeBody,

    /// <summary>Text after the article: footers, author boxes, link lists.</summary>
    AfterBody,

    /// <summary>Readers' comments after the article.</summary>
    CommentThread,

    /// <summary>A headline of another story outside the body (shape of a headline, words the body doesn't use).</summary>
    UnrelatedHeadline,
}
