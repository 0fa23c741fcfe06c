using CorpusLint.Syntax;

namespace CorpusLint.Semantics;

/// <summary>
/// The shape of a list of other stories' headlines and teasers: short lines without a final full stop (a
/// question or exclamation mark is fine: headlines ask and shout), or teasers cut off with an ellipsis. Shape
/// alone is not enough (a subheading has it too); the model also asks
/// whether the body shares the block's words.
/// </summary>
public static class HeadlineShape
{
    /// <summary>A headline has at most this many words.</summary>
    public const int MaxWords = 20;

    /// <summary>...and at least this many: one or two words are a menu item or a section name.</summary>
    public const int MinWords = 3;

    /// <summary>Below this share of content words the body also uses, a headline is about another story.</summary>
    public const double MaxTopicOverlap = 0.5;

    public static bool IsTeaserList(ArticleTree tree, ArticleBlock block)
    {
        for (int i = block.FirstLine; i <= block.LastLine; i++)
        {
            var f = tree.Lines[i].Features;
            if (f.WordCount is > MaxWords or < MinWords || (EndsWithFullStop(tree.Lines[i].Text) && !f.EndsWithEllipsis))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The text ends with a full stop, perhaps inside closing quotes or a bracket.</summary>
    public static bool EndsWithFullStop(string text)
    {
        var trimmed = text.AsSpan().TrimEnd().TrimEnd("\"'”’»)");
        return trimmed.Length > 0 && trimmed[^1] == '.';
    }
}
