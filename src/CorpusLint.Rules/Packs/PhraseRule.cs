using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;
using CorpusLint.Analysis;
using CorpusLint.Diagnostics;
using CorpusLint.Syntax;

namespace CorpusLint.Rules.Packs;

/// <summary>
/// A rule declared in a rule pack: a line is reported when, trimmed of decoration, it equals one of the
/// phrases or matches one of the patterns. Data, not code, so users extend it without C# (Vale's styles).
/// </summary>
public sealed class PhraseRule : Analyzer
{
    // Characters that decorate a label without changing what it says: "» Share:", "[ Print ]", "• Home |".
    private const string Decoration = " \t:|•·-–—»«>*#_=~[](){}/\\";

    private const int MaxQuotedLength = 60;

    private readonly FrozenSet<string> _phrases;
    private readonly IReadOnlyList<Regex> _patterns;
    private readonly int? _maxWords;
    private readonly PhraseRuleScope _scope;

    public PhraseRule(DiagnosticDescriptor descriptor, IEnumerable<string> phraseKeys, IReadOnlyList<Regex> patterns, int? maxWords, PhraseRuleScope scope)
    {
        Descriptor = descriptor;
        _phrases = phraseKeys.Where(k => k.Length > 0).ToFrozenSet(StringComparer.Ordinal);
        _patterns = patterns;
        _maxWords = maxWords;
        _scope = scope;
    }

    public DiagnosticDescriptor Descriptor { get; }

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    /// <summary>The form a line and a phrase are compared in: lowercase, decoration trimmed, spaces folded.</summary>
    public static string PhraseKey(string text)
    {
        var trimmed = text.AsSpan().Trim(Decoration);
        var key = new StringBuilder(trimmed.Length);
        bool space = false;
        foreach (char c in trimmed)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                key.Append(' ');
                space = false;
            }

            key.Append(char.ToLowerInvariant(c));
        }

        return key.ToString();
    }

    public override void Initialize(AnalysisContext context) => context.RegisterLineAction(Analyze);

    private void Analyze(LineAnalysisContext context)
    {
        var line = context.Line;
        if (_maxWords is { } max && line.Features.WordCount > max || !InScope(context))
        {
            return;
        }

        if (_phrases.Count > 0 && _phrases.Contains(PhraseKey(line.Text)) || MatchesPattern(line))
        {
            context.ReportLine(Descriptor, line, Quote(line.Text));
        }
    }

    private bool MatchesPattern(ArticleLine line)
    {
        if (_patterns.Count == 0)
        {
            return false;
        }

        var trimmed = line.Text.Trim();
        foreach (var pattern in _patterns)
        {
            if (pattern.IsMatch(trimmed))
            {
                return true;
            }
        }

        return false;
    }

    private bool InScope(LineAnalysisContext context)
    {
        if (_scope == PhraseRuleScope.Anywhere)
        {
            return true;
        }

        var body = context.Model.Body;
        int index = context.Line.Index;
        return _scope switch
        {
            PhraseRuleScope.BeforeBody => body.IsEmpty || index < body.FirstLine,
            PhraseRuleScope.AfterBody => body.IsEmpty || index > body.LastLine,
            _ => !body.Contains(index),
        };
    }

    private static string Quote(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length <= MaxQuotedLength ? trimmed : trimmed[..(MaxQuotedLength - 1)] + "…";
    }
}
