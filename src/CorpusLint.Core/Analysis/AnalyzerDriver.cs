using CorpusLint.Configuration;
using CorpusLint.Diagnostics;
using CorpusLint.Semantics;
using CorpusLint.Syntax;
using CorpusLint.Text;

namespace CorpusLint.Analysis;

/// <summary>
/// Runs analyzers over documents. Each analyzer is initialised once; per document the driver parses, builds
/// the semantic model and calls the registered actions. Thread-safe: documents may be analysed in parallel.
/// </summary>
public sealed class AnalyzerDriver
{
    /// <summary>Reported instead of crashing when a rule throws, so one bad rule cannot stop a corpus run.</summary>
    public static readonly DiagnosticDescriptor AnalyzerFailed = new(
        "CL0001",
        "A rule failed",
        "Rule {0} failed on this file: {1}",
        "Engine",
        Severity.Error,
        FixSafety.None,
        "A rule threw an exception while analysing the file. The file is left as it is for that rule; please report the bug with the file.");

    private readonly IReadOnlyList<(Analyzer Analyzer, AnalysisContext Actions, DiagnosticDescriptor[] Descriptors)> _analyzers;
    private readonly AnalysisSettings _settings;
    private readonly BoilerplateSignals _signals;

    public AnalyzerDriver(IEnumerable<Analyzer> analyzers, AnalysisSettings? settings = null)
    {
        _settings = settings ?? AnalysisSettings.Default;
        _analyzers = analyzers.Select(a =>
        {
            var context = new AnalysisContext();
            a.Initialize(context);
            return (a, context, a.SupportedDiagnostics.ToArray());
        }).ToList();
        _signals = new BoilerplateSignals(_analyzers.Select(a => a.Analyzer).OfType<IBoilerplateSignal>());
    }

    public IReadOnlyList<Analyzer> Analyzers => _analyzers.Select(a => a.Analyzer).ToList();

    /// <summary>
    /// The document's diagnostics in report order. <paramref name="recurring"/>, for analyses of one document again
    /// and again (the fix engine's rounds), lends the model what earlier analyses found about lines it meets again,
    /// and keeps what this one found.
    /// </summary>
    public IReadOnlyList<Diagnostic> Analyze(SourceText text, string path, RecurringLines? recurring = null)
    {
        var model = new SemanticModel(ArticleParser.Parse(text), _signals, recurring);
        var state = new DocumentState(path, model, _settings.OptionsOf(path), d => _settings.SeverityOf(d, path));
        var contentLines = ContentLines(model.Tree);
        foreach (var (analyzer, actions, descriptors) in _analyzers)
        {
            if (IsOff(descriptors, path))
            {
                continue;
            }

            try
            {
                Run(actions, state, contentLines);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                string ids = string.Join(",", analyzer.SupportedDiagnostics.Select(d => d.Id));
                state.Report(AnalyzerFailed, new TextSpan(0, 0), null, [ids, e.Message]);
            }
        }

        if (recurring is not null)
        {
            model.RememberIn(recurring);
        }

        return InReportOrder(state.Diagnostics);
    }

    /// <summary>By start, then rule id (ordinal), then end; ties keep the order they were reported in.</summary>
    /// <remarks>
    /// Every diagnostic of every document is sorted here. Sorted as numbers, a diagnostic's start and its rule's rank
    /// among the document's rule ids, not as records compared field by field with their ids as strings: that
    /// comparison, called through the sort's comparer, was 2.5 % of a check's cycles. Diagnostics with the same
    /// start and rule (few: a rule reports a span once) are then put in order of end and report.
    /// </remarks>
    private static List<Diagnostic> InReportOrder(List<Diagnostic> diagnostics)
    {
        var keys = new ulong[diagnostics.Count];
        var order = new int[diagnostics.Count];
        var ranks = IdRanks(diagnostics);
        for (int i = 0; i < keys.Length; i++)
        {
            keys[i] = ((ulong)(uint)diagnostics[i].Location.Span.Start << 32) | (uint)ranks[i];
            order[i] = i;
        }

        Array.Sort(keys, order);
        for (int first = 0, next; first < keys.Length; first = next)
        {
            for (next = first + 1; next < keys.Length && keys[next] == keys[first];)
            {
                next++;
            }

            if (next - first > 1)
            {
                order.AsSpan(first, next - first).Sort((a, b) =>
                {
                    int byEnd = diagnostics[a].Location.Span.End.CompareTo(diagnostics[b].Location.Span.End);
                    return byEnd != 0 ? byEnd : a.CompareTo(b);
                });
            }
        }

        var ordered = new List<Diagnostic>(keys.Length);
        foreach (int reported in order)
        {
            ordered.Add(diagnostics[reported]);
        }

        return ordered;
    }

    // Each diagnostic's rule id as its rank in ordinal order among the document's distinct ids. A rule reports its
    // diagnostics one after another, so an id is looked up only where it changes, in the short list of ids met.
    private static int[] IdRanks(List<Diagnostic> diagnostics)
    {
        var ids = new List<string>();
        var ranks = new int[diagnostics.Count];
        string? last = null;
        int slot = -1;
        for (int i = 0; i < ranks.Length; i++)
        {
            string id = diagnostics[i].Id;
            if (!ReferenceEquals(id, last))
            {
                slot = ids.IndexOf(id);
                if (slot < 0)
                {
                    slot = ids.Count;
                    ids.Add(id);
                }

                last = id;
            }

            ranks[i] = slot;
        }

        // Slots are in the order ids were met; their ranks are their places once sorted.
        var bySlot = new int[ids.Count];
        var sorted = Enumerable.Range(0, ids.Count).ToArray();
        Array.Sort(sorted, (a, b) => string.CompareOrdinal(ids[a], ids[b]));
        for (int rank = 0; rank < sorted.Length; rank++)
        {
            bySlot[sorted[rank]] = rank;
        }

        for (int i = 0; i < ranks.Length; i++)
        {
            ranks[i] = bySlot[ranks[i]];
        }

        return ranks;
    }

    // A loop, not LINQ with a closure: this runs for every rule of every document.
    private bool IsOff(DiagnosticDescriptor[] descriptors, string path)
    {
        foreach (var descriptor in descriptors)
        {
            if (_settings.SeverityOf(descriptor, path) != Severity.None)
            {
                return false;
            }
        }

        return true;
    }

    // The lines every line action sees, found once per document: each rule's loop then reads an array, not the
    // tree's list through its interface, for every line.
    private static ArticleLine[] ContentLines(ArticleTree tree)
    {
        var lines = new List<ArticleLine>(tree.Lines.Length);
        foreach (var line in tree.Lines)
        {
            if (!line.IsBlank)
            {
                lines.Add(line);
            }
        }

        return [.. lines];
    }

    private static void Run(AnalysisContext actions, DocumentState state, ArticleLine[] contentLines)
    {
        var tree = state.Model.Tree;
        foreach (var action in actions.DocumentActions)
        {
            action(new DocumentAnalysisContext(state));
        }

        // One context per rule and document, moved from block to block and from line to line: an object per
        // line per rule was most of the garbage of a run (every rule sees every line).
        if (actions.BlockActions.Count > 0)
        {
            var blockContext = new BlockAnalysisContext(state);
            foreach (var action in actions.BlockActions)
            {
                foreach (var block in tree.Blocks)
                {
                    blockContext.Block = block;
                    action(blockContext);
                }
            }
        }

        if (actions.LineActions.Count > 0)
        {
            var lineContext = new LineAnalysisContext(state);
            foreach (var action in actions.LineActions)
            {
                foreach (var line in contentLines)
                {
                    lineContext.Line = line;
                    action(lineContext);
                }
            }
        }
    }
}
