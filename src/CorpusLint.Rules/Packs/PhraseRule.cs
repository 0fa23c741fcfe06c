using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;
using CorpusLint.Analysis;
using CorpusLint.Diagnostics;
using CorpusLint.Semantics;
using CorpusLint.Syntax;

namespace CorpusLint.Rules.Packs;

/// <summary>
/// A rule declared in a rule pack: a line is reported when, trimmed of decoration, it equals one of the
/// phrases, matches one of the patterns, or is mostly made of the vocabulary's words. Data, not code, so users
/// extend it without C# (Vale's styles). A rule that counts anywhere is also a boilerplate signal: the
/// semantic model uses its matches to find where the article is.
/// </summary>
public sealed class PhraseRule : Analyzer, IBoilerplateSignal
{
    // Characters that decorate a label without changing what it says: "» Share:", "[ Print ]", "• Home |".
    private const string Decoration = " \t:|•·-–—»«>*#_=~[](){}/\\";

    private const int MaxQuotedLength = 60;

    private readonly FrozenSet<string> _phrases;
    private readonly IReadOnlyList<Regex> _patterns;
    private readonly int? _maxWords;
    private readonly PhraseRuleScope _scope;
    private readonly VocabularyMatcher? _vocabulary;

    public PhraseRule(DiagnosticDescriptor descriptor, IEnumerable<string> phraseKeys, IReadOnlyList<Regex> patterns, int? maxWords, PhraseRuleScope scope, VocabularyMatcher? vocabulary = null)
    {
        Descriptor = descriptor;
        _phrases = phraseKeys.Where(k => k.Length > 0).ToFrozenSet(StringComparer.Ordinal);
        _patterns = patterns;
        _maxWords = maxWords;
        _scope = scope;
        _vocabulary = vocabulary;
    }

    public string SignalId => Descriptor.Id;

    /// <summary>A vocabulary-only rule is broad, so the rules that name one kind of junk claim a line first.</summary>
    public int SignalOrder => _phrases.Count == 0 && _patterns.Count == 0 && _vocabulary is not null ? 1 : 0;

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

    /// <summary>Only a rule that counts anywhere is a signal: the others need the body, which signals help find.</summary>
    public bool IsBoilerplate(ArticleLine line) => _scope == PhraseRuleScope.Anywhere && Matches(line);

    private void Analyze(LineAnalysisContext context)
    {
        var line = context.Line;
        bool found = _scope == PhraseRuleScope.Anywhere
            ? ReferenceEquals(context.Model.BoilerplateSignalOf(line), this)
            : InScope(context) && Matches(line);
        if (found)
        {
            context.ReportLine(Descriptor, line, Quote(line.Text));
        }
    }

    private bool Matches(ArticleLine line) =>
        (_maxWords is not { } max || line.Features.WordCount <= max)
        && ((_phrases.Count > 0 && _phrases.Contains(PhraseKey(line.Text))) || MatchesPattern(line) || (_vocabulary?.Covers(line.Text) ?? false));

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
