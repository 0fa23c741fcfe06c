using CorpusLint.Syntax;

namespace CorpusLint.Semantics;

/// <summary>
/// What the semantic models of one document's earlier analyses found about each line, by the line's text: its word
/// keys and the boilerplate signal that claims it. Both depend on the text alone (a signal judges a line on its own,
/// see <see cref="IBoilerplateSignal"/>), so a later model of the same document takes them for a line it meets again
/// instead of finding them again. Used by one thread, for one document and one set of signals.
/// </summary>
/// <remarks>
/// The fix engine analyses a document again after each round of fixes, and the fixed text is mostly the lines of
/// the text before. Over three folders of the benchmark's corpus, a `fix --jsonl` spent 275 M instructions more than a
/// `check` on word keys and 184 M more on claims, nearly all of it on lines the first round had seen as they are.
/// </remarks>
public sealed class RecurringLines
{
    private readonly Dictionary<string, Line> _byText = new(StringComparer.Ordinal);

    /// <summary>The facts of a line as an earlier model found them: its keys are line <paramref name="Index"/> of <paramref name="Keys"/>.</summary>
    /// <remarks>A value in the table, not an object per line: the first round keeps every line of the page.</remarks>
    internal readonly record struct Line(LineWordKeys Keys, int Index, IBoilerplateSignal? Claim);

    /// <summary>The facts found earlier for each line of a tree (null for a line not met before, and for a blank one).</summary>
    internal Line?[] Of(ArticleTree tree)
    {
        var known = new Line?[tree.Lines.Length];
        foreach (var line in tree.Lines)
        {
            if (!line.IsBlank && _byText.TryGetValue(line.Text, out var facts))
            {
                known[line.Index] = facts;
            }
        }

        return known;
    }

    /// <summary>Keeps the facts of a model's non-blank lines not kept already.</summary>
    internal void Remember(ArticleTree tree, LineWordKeys keys, IBoilerplateSignal?[] claims)
    {
        foreach (var line in tree.Lines)
        {
            if (!line.IsBlank)
            {
                _byText.TryAdd(line.Text, new Line(keys, line.Index, claims[line.Index]));
            }
        }
    }
}
