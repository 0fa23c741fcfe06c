using CorpusLint.Analysis;
using CorpusLint.Diagnostics;
using CorpusLint.Text;

namespace CorpusLint.Rules.Normalisation;

/// <summary>
/// CL8002: the layout of lines is not the canonical one: CR or CRLF line endings, leading blank lines, more
/// than one blank line in a row, two paragraphs with no blank line between them, trailing blank lines, or
/// no final newline.
/// </summary>
public sealed class NonCanonicalLayout : Analyzer
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "CL8002",
        "Non-canonical paragraph layout",
        "{0}",
        RuleCategories.Normalisation,
        Severity.Warning,
        FixSafety.Safe,
        "The canonical article has LF line endings, the title on line 1, one paragraph per line, exactly one " +
        "blank line between paragraphs, and exactly one newline at the end. Consistent layout makes files " +
        "diff cleanly and lets tools split paragraphs reliably. The fix changes only line breaks.")
    {
        Example = "Before: `Title\\r\\nFirst paragraph.\\nSecond paragraph.` (CRLF, no blank line, no final newline)\n" +
                  "After:  `Title\\n\\nFirst paragraph.\\n\\nSecond paragraph.\\n`",
    };

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        var lines = context.Tree.Lines;
        var text = context.Text;
        if (lines.Length == 0)
        {
            return;
        }

        ReportLineEndings(context);

        int firstContent = -1, lastContent = -1;
        for (int i = 0; i < lines.Length; i++)
        {
            if (!lines[i].IsBlank)
            {
                firstContent = firstContent < 0 ? i : firstContent;
                lastContent = i;
            }
        }

        if (firstContent < 0)
        {
            Report(context, lines[0].Span, TextSpan.FromBounds(0, text.Length), string.Empty, "File holds only blank lines");
            return;
        }

        if (firstContent > 0)
        {
            Report(context, lines[0].Span, TextSpan.FromBounds(0, lines[firstContent].Span.Start), string.Empty, "Blank lines before the title");
        }

        for (int i = firstContent + 1; i <= lastContent; i++)
        {
            if (lines[i].IsBlank && !lines[i].Span.IsEmpty)
            {
                Report(context, lines[i].Span, lines[i].Span, string.Empty, "Blank line holds spaces or invisible characters");
            }

            if (!lines[i].IsBlank && !lines[i - 1].IsBlank)
            {
                var breakSpan = TextSpan.FromBounds(lines[i - 1].Span.End, lines[i].Span.Start);
                Report(context, lines[i].Span, breakSpan, "\n\n", "No blank line between two paragraphs");
            }
            else if (lines[i].IsBlank && lines[i - 1].IsBlank)
            {
                int runEnd = i;
                while (lines[runEnd + 1].IsBlank)
                {
                    runEnd++;
                }

                Report(context, lines[i].Span, TextSpan.FromBounds(lines[i].Span.Start, lines[runEnd + 1].Span.Start), string.Empty, "More than one blank line in a row");
                i = runEnd;
            }
        }

        var last = lines[lastContent];
        string tail = text.ToString(TextSpan.FromBounds(last.Span.End, text.Length));
        if (tail != "\n" && !tail.Contains('\r'))
        {
            string what = tail.Length == 0 ? "No newline at the end of the file" : "Blank lines at the end of the file";
            Report(context, new TextSpan(last.Span.End, 0), TextSpan.FromBounds(last.Span.End, text.Length), "\n", what);
        }
    }

    private static void ReportLineEndings(DocumentAnalysisContext context)
    {
        var text = context.Text.Text;
        int cr = text.IndexOf('\r');
        if (cr < 0)
        {
            return;
        }

        var changes = new List<TextChange>();
        for (int i = cr; i < text.Length; i++)
        {
            if (text[i] == '\r')
            {
                bool crlf = i + 1 < text.Length && text[i + 1] == '\n';
                changes.Add(new TextChange(new TextSpan(i, crlf ? 2 : 1), "\n"));
                i += crlf ? 1 : 0;
            }
        }

        var fix = new CodeFix("Use LF line endings", changes);
        context.Report(Descriptor, new TextSpan(cr, 0), fix, $"{changes.Count} CR or CRLF line endings; the canonical form uses LF");
    }

    private static void Report(DocumentAnalysisContext context, TextSpan at, TextSpan replace, string with, string message) =>
        context.Report(Descriptor, at, new CodeFix(message, [new TextChange(replace, with)]), message);
}
