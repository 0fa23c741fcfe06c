using System.Buffers;
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
public sealed class PhraseRule : Analyzer, IBoilerplateSignal, IStartFilteredSignal
{
    // Characters that decorate a label without changing what it says: "» Share:", "[ Print ]", "• Home |".
    private const string Decoration = " \t:|•·-–—»«>*#_=~[](){}/\\";

    // Trimmed for every short line by every phrase rule: a vectorised search, not a scan of the set per character.
    private static readonly SearchValues<char> DecorationChars = SearchValues.Create(Decoration);

    private readonly PhraseTable _phraseTable;
    private readonly PhraseStarts _phraseStarts;
    // The regexes of the rule's groups of patterns (RulePackLoader.PatternGroups), in two fields: most rules have one
    // group, and a loop over an array cost each call 18 instructions more (40 M over 3 folders of the corpus).
    private readonly PackRegex? _patterns;
    private readonly PackRegex? _otherPatterns;
    private readonly int _longestPhrase;
    private readonly int? _maxWords;
    private readonly PhraseRuleScope _scope;
    private readonly VocabularyMatcher? _vocabulary;

    /// <param name="patterns">The regexes of the rule's groups of patterns (<see cref="RulePackLoader.PatternGroups"/>), at most two: a line matching any is reported.</param>
    public PhraseRule(DiagnosticDescriptor descriptor, IEnumerable<string> phraseKeys, IEnumerable<PackRegex> patterns, int? maxWords, PhraseRuleScope scope, VocabularyMatcher? vocabulary = null)
    {
        Descriptor = descriptor;
        var phrases = phraseKeys.Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        _phraseTable = new PhraseTable(phrases);
        _phraseStarts = new PhraseStarts(phrases);
        var groups = patterns.ToArray();
        if (groups.Length > 2)
        {
            throw new ArgumentException("a rule's patterns are in at most two groups", nameof(patterns));
        }

        _patterns = groups.ElementAtOrDefault(0);
        _otherPatterns = groups.ElementAtOrDefault(1);
        _longestPhrase = phrases.Length == 0 ? 0 : phrases.Max(p => p.Length);
        _maxWords = maxWords;
        _scope = scope;
        _vocabulary = vocabulary;
    }

    public string SignalId => Descriptor.Id;

    /// <summary>Metadata rules (bylines, dates, credits) name lines a clean article may carry; the rest is page furniture.</summary>
    public bool IsPageFurniture => Descriptor.Category != RuleCategories.Metadata;

    /// <summary>A vocabulary-only rule is broad, so the rules that name one kind of junk claim a line first.</summary>
    public int SignalOrder => IsVocabularyOnly ? 1 : 0;

    /// <summary>The rule's word limit; a rule scoped to a part of the page claims no line (see <see cref="IsBoilerplate"/>).</summary>
    public int MaxWords => _scope != PhraseRuleScope.Anywhere ? -1 : _maxWords ?? int.MaxValue;

    /// <summary>
    /// A vocabulary match (a line mostly of interface words) is not reported when it stands in the article's flow and
    /// at least this share of its content words are the body's own topic (each used at least
    /// <see cref="OwnTopicMinUses"/> times in its prose): `Password Manager` or `Search and Navigation` heading a
    /// section of an article about a browser is a subheading, not the site's interface.
    /// </summary>
    public const double OwnTopicMinShare = 0.5;

    /// <summary>How often the body's prose must use a word for it to be the article's topic, not a passing mention.</summary>
    public const int OwnTopicMinUses = 2;

    // A rule has phrases exactly when its longest is not empty (empty keys are dropped).
    private bool IsVocabularyOnly => _longestPhrase == 0 && _patterns is null && _vocabulary is not null;

    public DiagnosticDescriptor Descriptor { get; }

    /// <summary>
    /// A match that stands inside the article's text (a byline under the headline, an entry's date between
    /// paragraphs) is not reported: it still tells the body search where the article is, but it is the article's own.
    /// </summary>
    public bool KeepsInsideArticle { get; init; }

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    /// <summary>The form a line and a phrase are compared in: lowercase, decoration trimmed, spaces folded.</summary>
    public static string PhraseKey(string text)
    {
        var key = new char[text.Length];
        return new string(key, 0, WritePhraseKey(text, key));
    }

    /// <summary>Writes the <see cref="PhraseKey(string)"/> of a text into a buffer at least as long as the text; returns its length.</summary>
    private static int WritePhraseKey(ReadOnlySpan<char> text, Span<char> key)
    {
        int length = 0;
        bool space = false;
        foreach (char c in TrimDecoration(text))
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                key[length++] = ' ';
                space = false;
            }

            key[length++] = char.ToLowerInvariant(c);
        }

        return length;
    }

    // A rule that counts anywhere is a signal: the model has asked it about every line already, so it reports the
    // lines the model found it claims and visits no other (some 25 rules were called for every line to look up
    // a claim that was not theirs). A rule scoped to a part of the page asks about each line itself.
    public override void Initialize(AnalysisContext context)
    {
        if (_scope == PhraseRuleScope.Anywhere)
        {
            context.RegisterDocumentAction(ReportClaimedLines);
        }
        else
        {
            context.RegisterLineAction(Analyze);
        }
    }

    /// <summary>Only a rule that counts anywhere is a signal: the others need the body, which signals help find.</summary>
    public bool IsBoilerplate(ArticleLine line) => _scope == PhraseRuleScope.Anywhere && Matches(line);

    /// <summary>
    /// A rule with a vocabulary may claim a line however it begins; otherwise only a line that begins as one of its
    /// phrases (<see cref="PhraseStarts"/>) or as its patterns' matches may (<see cref="PackRegex.MayBegin"/>).
    /// </summary>
    public bool MayClaimLineBeginning(ReadOnlySpan<char> start) =>
        _scope == PhraseRuleScope.Anywhere
        && (_vocabulary is not null || (_longestPhrase > 0 && _phraseStarts.MayBegin(start))
            || (_patterns?.MayBegin(start) ?? false) || (_otherPatterns?.MayBegin(start) ?? false));

    /// <summary>Whether a character decorates a label (trimmed from a line's ends for its phrase key).</summary>
    internal static bool IsDecoration(char c) => DecorationChars.Contains(c);

    private void ReportClaimedLines(DocumentAnalysisContext context)
    {
        foreach (var line in context.Model.LinesClaimedBy(this))
        {
            Report(context, line);
        }
    }

    private void Analyze(LineAnalysisContext context)
    {
        if (InScope(context) && Matches(context.Line))
        {
            Report(context, context.Line);
        }
    }

    private void Report(ReportingContext context, ArticleLine line)
    {
        if (!(KeepsInsideArticle && context.Model.IsMetadataInsideArticle(line)) && !IsSubheadingOnTheArticlesTopic(context.Model, line))
        {
            context.ReportLine(Descriptor, line, LineQuote.Of(line.Text));
        }
    }

    private bool IsSubheadingOnTheArticlesTopic(SemanticModel model, ArticleLine line) =>
        IsVocabularyOnly && model.StandsInArticleFlow(line) && model.TopicOverlap(line, OwnTopicMinUses) >= OwnTopicMinShare;

    private bool Matches(ArticleLine line) =>
        (_maxWords is not { } max || line.Features.WordCount <= max)
        && ((_longestPhrase > 0 && MatchesPhrase(line.Text)) || (_patterns is { } patterns && (MatchesPattern(patterns, line) || (_otherPatterns is { } others && MatchesPattern(others, line)))) || (_vocabulary?.Covers(line) ?? false));

    // Patterns match the line trimmed; most lines are turned away by the group's filter, before the regex call.
    private static bool MatchesPattern(PackRegex patterns, ArticleLine line) =>
        patterns.MayMatch(line.TrimmedText) && patterns.Run(line, static (regex, line) => regex.IsMatch(line.TrimmedText));

    private static ReadOnlySpan<char> TrimDecoration(ReadOnlySpan<char> text)
    {
        int start = text.IndexOfAnyExcept(DecorationChars);
        return start < 0 ? [] : text[start..(text.LastIndexOfAnyExcept(DecorationChars) + 1)];
    }

    // Spaces fold to one in the key, so a line whose trimmed text is over twice the longest phrase cannot match:
    // skipping it spares building a key for every line of prose.
    // Runs for every short line and every phrase rule, so it must not allocate: the key is kept in a per-thread
    // buffer and looked up as a span. The semantic model asks every signal about one line before the next, and
    // neither the trimmed length nor the key depends on the rule, so the other phrase rules reuse the line's.
    // Asked only by a rule with phrases (Matches checks the longest one's length: a rule with none has none, and
    // most rules have none).
    private bool MatchesPhrase(string text)
    {
        var line = LineKey.Of(text, 2 * _longestPhrase);
        return line.TrimmedLength <= 2 * _longestPhrase && _phraseTable.Contains(line.Key, line.KeyHash);
    }

    /// <summary>The decoration-trimmed length and phrase key of the line last asked about on this thread.</summary>
    /// <remarks>
    /// One thread-static object holding the facts, not a thread-static field per fact: each such field is a read of
    /// the thread's storage, and the rules after the first ask only to be told the key is there.
    /// </remarks>
    private sealed class LineKey
    {
        [ThreadStatic]
        private static LineKey? t_last;

        private string? _text;
        private char[] _buffer = new char[256];
        private int _trimmedLength;

        // -1 while the line's key is not built: a line too long for the rules asked so far needs none.
        private int _keyLength;
        private ulong _keyHash;

        public readonly ref struct Facts(int trimmedLength, ReadOnlySpan<char> key, ulong keyHash)
        {
            public int TrimmedLength { get; } = trimmedLength;

            public ReadOnlySpan<char> Key { get; } = key;

            /// <summary>The key's <see cref="PhraseTable.Hash"/>, computed once for all the rules.</summary>
            public ulong KeyHash { get; } = keyHash;
        }

        /// <summary>The line's facts; the key is built only when the trimmed text is at most <paramref name="keyLimit"/> long.</summary>
        public static Facts Of(string text, int keyLimit)
        {
            var last = t_last ??= new LineKey();
            if (!ReferenceEquals(text, last._text))
            {
                last._trimmedLength = TrimDecoration(text).Length;
                last._keyLength = -1;
                last._text = text;
            }

            if (last._keyLength < 0 && last._trimmedLength <= keyLimit)
            {
                if (last._buffer.Length < last._trimmedLength)
                {
                    last._buffer = new char[last._trimmedLength];
                }

                last._keyLength = WritePhraseKey(text, last._buffer);
                last._keyHash = PhraseTable.Hash(last._buffer.AsSpan(0, last._keyLength));
            }

            return new Facts(last._trimmedLength, last._keyLength < 0 ? [] : last._buffer.AsSpan(0, last._keyLength), last._keyHash);
        }
    }

    private bool InScope(LineAnalysisContext context)
    {
        var body = context.Model.Body;
        int index = context.Line.Index;
        return _scope switch
        {
            PhraseRuleScope.BeforeBody => body.IsEmpty || index < body.FirstLine,
            PhraseRuleScope.AfterBody => body.IsEmpty || index > body.LastLine,
            _ => !body.Contains(index),
        };
    }
}
