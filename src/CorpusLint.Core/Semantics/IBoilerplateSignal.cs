using CorpusLint.Syntax;

namespace CorpusLint.Semantics;

/// <summary>
/// A rule that recognises a boilerplate line on its own (a share label, a byline, a timestamp). The model asks
/// the signals once per line: a claimed line is junk, which is strong evidence of where the article is not,
/// and the rule that claimed it is the one that reports it, so a line gets one diagnostic, not several.
/// </summary>
public interface IBoilerplateSignal
{
    /// <summary>The reporting rule's id; signals are asked in (order, id) order, so the first claim is deterministic.</summary>
    string SignalId { get; }

    /// <summary>0 for a signal that names one kind of junk; higher for broad ones, asked after the specific ones.</summary>
    int SignalOrder { get; }

    /// <summary>
    /// True for the furniture of a web page (menus, share bars, widgets, footers); false for metadata that a
    /// clean article may still carry (a byline, a date). Only furniture makes a page look scraped.
    /// </summary>
    bool IsPageFurniture { get; }

    /// <summary>
    /// The most words (<see cref="LineFeatures.WordCount"/>) a line this signal claims can have: the model does not
    /// ask it about a longer line. A bound the signal keeps itself; it spares the call, it does not decide.
    /// </summary>
    int MaxWords => int.MaxValue;

    /// <summary>
    /// Whether the signal claims the line, judged from the line's text alone (and what the parser derives from it, its
    /// <see cref="ArticleLine.Features"/>), never from its place or neighbours: a model takes the claim of a line
    /// met in an earlier analysis of the same document from there (<see cref="RecurringLines"/>).
    /// </summary>
    bool IsBoilerplate(ArticleLine line);
}
