using CorpusLint.Analysis;
using CorpusLint.Diagnostics;
using CorpusLint.Semantics;
using CorpusLint.Syntax;

namespace CorpusLint.Rules.Duplicates;

/// <summary>
/// CL4001: a paragraph every sentence of which stands in other lines too: a pull quote, a repeated caption,
/// a standfirst stitched from body sentences. The copy in the body's flow stays. A run of paragraphs repeated
/// as a run is the page's own repetition and stays twice.
/// </summary>
public sealed class DuplicatedParagraph : Analyzer
{
    /// <summary>Sentences too short to look up (under one shingle) may make up at most this share of the words.</summary>
    public const double MaxUncheckedShare = 0.2;

    /// <summary>A one-sentence paragraph is a copy only of a line at most this many words longer (`he said`, `— AP`).</summary>
    public const int MaxAddedWords = 6;

    /// <summary>A line that holds this many other paragraphs is a digest of the article, not a copy to keep.</summary>
    public const int MinParagraphsOfDigest = 3;

    public static readonly DiagnosticDescriptor Rule = new(
        "CL4001",
        "Duplicated paragraph or pull quote",
        "Paragraph '{0}' repeats text found elsewhere in the article (line {1})",
        RuleCategories.Duplicates,
        Severity.Warning,
        FixSafety.Safe,
        "Finds a paragraph that reads as prose (ten words ending a sentence, or twenty; headings that a table " +
        "of contents repeats are left alone) each of whose sentences also stands in another line, exactly " +
        "or nearly (case, quote marks, an attribution such as `he said`, a missing final period do not hide " +
        "it): a pull quote, a caption that repeats the text, a paragraph stitched from sentences found " +
        "elsewhere. A one-sentence paragraph counts only when the other line is nearly the same (at most six " +
        "words longer), so a comment's title that repeats its first sentence stays. Longer paragraphs are judged first, so a paragraph stitched from others goes and they stay; " +
        "of two copies of the same paragraph the one in the body's flow (more prose lines beside it; on a tie " +
        "the first) stays. Only copies that stay in the article count. Paragraphs that repeat as a run (a paragraph and " +
        "the one beside it repeat two adjacent paragraphs elsewhere, in the same order) are what the page prints twice " +
        "(an entry quoted in a later one, a listing repeated) and stay both times. Safe: every removed sentence still stands in the article.")
    {
        Example = "Before: `“We disagree,” he said.` as a pull quote before the dateline, and again in the body\n" +
                  "After:  only the body's copy",
    };

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        var model = context.Model;
        var tree = context.Tree;
        var candidates = tree.Lines
            .Where(l => !l.IsBlank && model.ProseScore(l) >= ProseScorer.ProseThreshold && model.Shingles.FirstShingleRepeats(l)
                && model.RoleOf(l) == BlockRole.Body && model.BoilerplateSignalOf(l) is null && !model.IsRepeatedCaptionLine(l))
            .Select(l => (Line: l, Sentences: CheckableSentences(l)))
            .Where(c => c.Sentences is not null && c.Sentences.All(s => model.Shingles.LinesContaining(s).Any(i => i != c.Line.Index)))
            .OrderByDescending(c => c.Line.Features.WordCount)
            .ThenBy(c => ProseNeighbours(model, c.Line))
            .ThenByDescending(c => c.Line.Index)
            .ToList();

        // A line that holds several other paragraphs is a digest (a teaser repeating the article), not the
        // article's own copy: the paragraphs stay, and so does the digest, which has text of its own.
        var digests = candidates
            .Select(c => model.Shingles.LinesContaining(c.Sentences![0]).FirstOrDefault(i => i != c.Line.Index, -1))
            .GroupBy(i => i)
            .Where(g => g.Count() >= MinParagraphsOfDigest)
            .Select(g => g.Key)
            .ToHashSet();
        var removed = new HashSet<int>(digests);
        var copies = candidates.ToDictionary(
            c => c.Line.Index,
            c => model.Shingles.LinesContaining(c.Sentences![0]).Where(i => i != c.Line.Index).ToHashSet());
        foreach (var (line, sentences) in candidates)
        {
            if (InRepeatedRun(tree, copies, line))
            {
                continue;
            }

            int elsewhere = -1;
            foreach (var sentence in sentences!)
            {
                elsewhere = model.Shingles.LinesContaining(sentence).FirstOrDefault(i => i != line.Index && !removed.Contains(i) && IsKept(model, tree.Lines[i])
                    && (sentences!.Count > 1 || tree.Lines[i].Features.WordCount <= line.Features.WordCount + MaxAddedWords), -1);
                if (elsewhere < 0)
                {
                    break;
                }
            }

            if (elsewhere >= 0 && !digests.Contains(line.Index))
            {
                removed.Add(line.Index);
                context.ReportLine(Rule, line, LineQuote.Of(line.Text), elsewhere + 1);
            }
        }
    }

    /// <summary>
    /// Whether the line and the line next to it repeat, in the same order, two adjacent lines elsewhere: a run of
    /// paragraphs the page prints twice (an entry quoted in a later one, a listing repeated), which annotated
    /// pages keep both times. A pull quote or a stitched standfirst is one paragraph on its own.
    /// </summary>
    private static bool InRepeatedRun(ArticleTree tree, Dictionary<int, HashSet<int>> copies, ArticleLine line) =>
        RepeatsWithNeighbour(copies, line, tree.NextContentLine) || RepeatsWithNeighbour(copies, line, tree.PreviousContentLine);

    private static bool RepeatsWithNeighbour(Dictionary<int, HashSet<int>> copies, ArticleLine line, Func<int, ArticleLine?> neighbourOf)
    {
        if (neighbourOf(line.Index) is not { } neighbour || !copies.TryGetValue(neighbour.Index, out var neighbourCopies))
        {
            return false;
        }

        foreach (int copy in copies[line.Index])
        {
            if (neighbourOf(copy) is { } copyNeighbour && copyNeighbour.Index != line.Index && neighbourCopies.Contains(copyNeighbour.Index))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a line stays in the article, so a sentence standing there is not lost by removing another copy.</summary>
    private static bool IsKept(SemanticModel model, ArticleLine line) =>
        model.RoleOf(line) is BlockRole.Body or BlockRole.Title && model.BoilerplateSignalOf(line) is null && !model.IsRepeatedCaptionLine(line);

    /// <summary>The line's sentences long enough to look up; null when too much of the line is too short to check.</summary>
    private static List<string>? CheckableSentences(ArticleLine line)
    {
        var checkable = new List<string>();
        int uncheckedWords = 0, total = 0;
        foreach (var sentence in SentenceSplitter.Split(line.Text))
        {
            int words = WordTokenizer.Count(sentence);
            total += words;
            if (words >= ShingleIndex.Size)
            {
                checkable.Add(sentence);
            }
            else
            {
                uncheckedWords += words;
            }
        }

        return checkable.Count > 0 && uncheckedWords <= MaxUncheckedShare * total ? checkable : null;
    }

    private static int ProseNeighbours(SemanticModel model, ArticleLine line)
    {
        var tree = model.Tree;
        int count = 0;
        foreach (var neighbour in new[] { tree.PreviousContentLine(line.Index), tree.NextContentLine(line.Index) })
        {
            count += neighbour is not null && model.ProseScore(neighbour) >= ProseScorer.ProseThreshold
                && !model.IsRepeatedCaptionLine(neighbour) && model.BoilerplateSignalOf(neighbour) is null ? 1 : 0;
        }

        return count;
    }
}
