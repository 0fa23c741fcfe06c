using System.Text.RegularExpressions;
using CorpusLint.Analysis;
using CorpusLint.Diagnostics;
using CorpusLint.Text;

namespace CorpusLint.Rules.Normalisation;

/// <summary>CL8003: Markdown-like markup a scraper left around a line (`** Subheading`, `## Heading`, `Heading **`).</summary>
public sealed partial class StrayMarkup : Analyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "CL8003",
        "Stray markup",
        "Line starts or ends with stray markup '{0}'",
        RuleCategories.Normalisation,
        Severity.Warning,
        FixSafety.Safe,
        "Finds emphasis and heading marks that the page's text conversion left at the start or end of a line " +
        "(`** `, `*** `, `# `, `## `, a closing ` **`). A plain-text article has no markup; the subheading " +
        "itself stays. The fix removes only the marks and the space beside them; a bullet (`* item`) or a " +
        "hashtag (`#news`) is not touched.")
    {
        Example = "Before: `** U-turn of US diplomacy apparatus`\nAfter:  `U-turn of US diplomacy apparatus`",
    };

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterLineAction(Analyze);

    private static void Analyze(LineAnalysisContext context)
    {
        var line = context.Line;
        var text = line.Text;
        if (text.Length == 0 || (text.TrimStart()[0] is not ('*' or '#') && !text.TrimEnd().EndsWith("**", StringComparison.Ordinal)))
        {
            return;
        }

        var match = Markup().Match(text);
        if (!match.Success || match.Groups["text"].Length == 0)
        {
            return;
        }

        var changes = new List<TextChange>();
        var lead = match.Groups["lead"];
        var trail = match.Groups["trail"];
        if (lead.Length > 0)
        {
            changes.Add(TextChange.Delete(new TextSpan(line.Span.Start + lead.Index, lead.Length)));
        }

        if (trail.Length > 0)
        {
            changes.Add(TextChange.Delete(new TextSpan(line.Span.Start + trail.Index, trail.Length)));
        }

        if (changes.Count > 0)
        {
            var marks = (lead.Value + trail.Value).Trim();
            context.Report(Rule, line.Span, new CodeFix("Remove the markup", changes), marks);
        }
    }

    [GeneratedRegex(@"^(?<lead>\s*(\*{2,3}|#{1,6})\s+)?(?<text>.*?)(?<trail>\s+\*{2,3})?\s*$")]
    private static partial Regex Markup();
}
