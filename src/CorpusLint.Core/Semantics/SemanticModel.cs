using System.Runtime.InteropServices;
using CorpusLint.Syntax;

namespace CorpusLint.Semantics;

/// <summary>
/// Answers questions about an article that need more than one line to answer: where the body is, how
/// prose-like a line is, which words the body uses, where else a sentence occurs. Rules ask the model
/// instead of re-deriving these facts, and each fact is computed once, on first use.
/// </summary>
public sealed class SemanticModel
{
    private readonly Lazy<double[]> _proseScores;
    private readonly Lazy<BodyRegion> _body;
    private readonly Lazy<KeyTable> _bodyVocabulary;
    private readonly Lazy<IBoilerplateSignal?[]> _claims;
    private readonly Lazy<Dictionary<IBoilerplateSignal, List<ArticleLine>>> _claimedLines;
    private readonly Lazy<BlockFacts[]> _blockFacts;
    private readonly Lazy<ArticleLayout> _layout;
    private readonly Lazy<BlockRole[]> _roles;
    private readonly Lazy<bool[]> _repeatedCaptionLines;
    private readonly Lazy<LineWordKeys> _wordKeys;
    private readonly Lazy<ShingleIndex> _shingles;
    private readonly Lazy<bool[]> _metadataInsideArticle;

    public SemanticModel(ArticleTree tree, IEnumerable<IBoilerplateSignal>? signals = null)
        : this(tree, signals is null ? BoilerplateSignals.None : new BoilerplateSignals(signals))
    {
    }

    /// <summary>
    /// A model whose lines are asked of signals ordered once for many documents; a line met in an earlier analysis of
    /// the same document (<paramref name="recurring"/>) takes its word keys and claim from there.
    /// </summary>
    public SemanticModel(ArticleTree tree, BoilerplateSignals signals, RecurringLines? recurring = null)
    {
        Tree = tree;
        var known = recurring is null ? null : new Lazy<RecurringLines.Line?[]>(() => recurring.Of(tree));
        _proseScores = new Lazy<double[]>(() => tree.Lines.Select(ProseScorer.Score).ToArray());
        _claims = new Lazy<IBoilerplateSignal?[]>(() => Claims(tree, signals, known?.Value));
        _claimedLines = new Lazy<Dictionary<IBoilerplateSignal, List<ArticleLine>>>(GroupClaimedLines);
        _blockFacts = new Lazy<BlockFacts[]>(() => BulletedLists.MarkSentenceLists(tree, tree.Blocks.Select(b => BlockFacts.Of(tree, b, _claims.Value)).ToArray(), _claims.Value));
        _layout = new Lazy<ArticleLayout>(() => ArticleLayout.Find(tree, _blockFacts.Value));
        _body = new Lazy<BodyRegion>(() => BodyRegion.Of(tree, Layout));
        _roles = new Lazy<BlockRole[]>(RefineRoles);
        _bodyVocabulary = new Lazy<KeyTable>(BuildBodyVocabulary);
        _wordKeys = new Lazy<LineWordKeys>(() => LineWordKeys.Of(tree, known?.Value));
        _repeatedCaptionLines = new Lazy<bool[]>(() => RepeatedCaptions.Find(tree, _wordKeys.Value));
        _shingles = new Lazy<ShingleIndex>(() => ShingleIndex.Build(tree, _wordKeys.Value));
        _metadataInsideArticle = new Lazy<bool[]>(() => MetadataPlacement.Find(tree, _claims.Value, RoleOf));
    }

    public ArticleTree Tree { get; }

    /// <summary>The first non-blank line: the headline in a clean article.</summary>
    public ArticleLine? Title => Tree.Lines.FirstOrDefault(l => !l.IsBlank);

    /// <summary>The lines where the article's prose is densest.</summary>
    public BodyRegion Body => _body.Value;

    /// <summary>How much a line reads like article prose, from 0 (a label) to 1 (a full paragraph).</summary>
    public double ProseScore(ArticleLine line) => _proseScores.Value[line.Index];

    /// <summary>Word 5-grams of every line, to ask "which other lines contain this sentence?".</summary>
    public ShingleIndex Shingles => _shingles.Value;

    /// <summary>Where the article is on the page: the body run, the title, the parts around them.</summary>
    public ArticleLayout Layout => _layout.Value;

    /// <summary>Facts about a block that the body search uses.</summary>
    public BlockFacts Facts(ArticleBlock block) => _blockFacts.Value[block.Index];

    /// <summary>The boilerplate signal (a rule) that claims this line, or null when none does.</summary>
    public IBoilerplateSignal? BoilerplateSignalOf(ArticleLine line) => _claims.Value[line.Index];

    /// <summary>The lines a signal claims (<see cref="BoilerplateSignalOf"/> is the signal), in order.</summary>
    public IReadOnlyList<ArticleLine> LinesClaimedBy(IBoilerplateSignal signal) =>
        _claimedLines.Value.TryGetValue(signal, out var lines) ? lines : [];

    /// <summary>What part of the page a line belongs to; unrelated headlines are told apart from other page text by topic.</summary>
    public BlockRole RoleOf(ArticleLine line) => line.IsBlank ? BlockRole.Body : _roles.Value[line.BlockIndex];

    /// <summary>A line of a caption block that repeats itself (image alt text beside its figure caption).</summary>
    public bool IsRepeatedCaptionLine(ArticleLine line) => _repeatedCaptionLines.Value[line.Index];

    /// <summary>
    /// A metadata line (a byline, a date, a credit) standing inside the article's text: the nearest other lines before
    /// and after it are the headline or the body (or the body ends the text with it), so it is the article's own
    /// header, an entry's date or the text's sign-off, not the page's.
    /// </summary>
    public bool IsMetadataInsideArticle(ArticleLine line) => _metadataInsideArticle.Value[line.Index];

    /// <summary>
    /// A line whose nearest non-blank lines on both sides are kept article text (the title or the body, claimed by
    /// no signal): it stands in the article's flow, where a short line is a subheading more often than a widget.
    /// </summary>
    public bool StandsInArticleFlow(ArticleLine line) =>
        IsKeptArticleText(Tree.PreviousContentLine(line.Index)) && IsKeptArticleText(Tree.NextContentLine(line.Index));

    private bool IsKeptArticleText(ArticleLine? line) =>
        line is not null && _claims.Value[line.Index] is null && RoleOf(line) is BlockRole.Body or BlockRole.Title;

    /// <summary>The line kept as the article's title: the first line of the title block no signal claims.</summary>
    public ArticleLine? Headline
    {
        get
        {
            if (Layout.TitleBlock < 0)
            {
                return null;
            }

            var block = Tree.Blocks[Layout.TitleBlock];
            for (int i = block.FirstLine; i <= block.LastLine; i++)
            {
                if (_claims.Value[i] is null)
                {
                    return Tree.Lines[i];
                }
            }

            return null;
        }
    }

    /// <summary>
    /// Share of a text's content words that the body also uses (at least <paramref name="minUses"/> times in its
    /// prose): is this headline about this article? Is this line of interface words the article's own topic?
    /// </summary>
    public double TopicOverlap(string text, int minUses = 1)
    {
        var keys = new ContentKeys(stackalloc long[ContentKeys.OnTheStack]);
        foreach (var word in WordTokenizer.Enumerate(text))
        {
            keys.Add(WordKeys.Of(word));
        }

        return Overlap(keys.Distinct(), minUses);
    }

    /// <summary>The <see cref="TopicOverlap(string, int)"/> of a line of the article, from the keys its words were cut into once.</summary>
    public double TopicOverlap(ArticleLine line, int minUses = 1) => LinesOverlap(line.Index, line.Index, minUses);

    /// <summary>The <see cref="TopicOverlap(string, int)"/> of a block's lines taken together.</summary>
    public double TopicOverlap(ArticleBlock block, int minUses = 1) => LinesOverlap(block.FirstLine, block.LastLine, minUses);

    private double LinesOverlap(int firstLine, int lastLine, int minUses)
    {
        var keys = new ContentKeys(stackalloc long[ContentKeys.OnTheStack]);
        for (int i = firstLine; i <= lastLine; i++)
        {
            foreach (long key in _wordKeys.Value.KeysOf(Tree.Lines[i]))
            {
                keys.Add(key);
            }
        }

        return Overlap(keys.Distinct(), minUses);
    }

    // Asked of every teaser-shaped block and by rules of single lines: the vocabulary is built once, then looked up
    // by the words' keys.
    private double Overlap(ReadOnlySpan<long> distinctContentWords, int minUses)
    {
        if (distinctContentWords.IsEmpty)
        {
            return 0;
        }

        var vocabulary = _bodyVocabulary.Value;
        int shared = 0;
        foreach (long word in distinctContentWords)
        {
            shared += vocabulary[word] >= minUses ? 1 : 0;
        }

        return (double)shared / distinctContentWords.Length;
    }

    public static bool IsContentWord(ReadOnlySpan<char> lowercaseWord) =>
        lowercaseWord.Length >= 3 && !Stopwords.Contains(lowercaseWord) && !IsAllDigits(lowercaseWord);

    private static bool IsAllDigits(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Keeps the lines' word keys and claims for a later model of the same document, when both were found.</summary>
    public void RememberIn(RecurringLines recurring)
    {
        if (_wordKeys.IsValueCreated && _claims.IsValueCreated)
        {
            recurring.Remember(Tree, _wordKeys.Value, _claims.Value);
        }
    }

    private static IBoilerplateSignal?[] Claims(ArticleTree tree, BoilerplateSignals signals, RecurringLines.Line?[]? known)
    {
        var claims = new IBoilerplateSignal?[tree.Lines.Length];
        foreach (var line in tree.Lines)
        {
            claims[line.Index] = line.IsBlank ? null : known?[line.Index] is { } facts ? facts.Claim : signals.FirstClaim(line);
        }

        return claims;
    }

    // Keyed by the signal object: the claims are those objects, and a rule's own equality is not asked for.
    private Dictionary<IBoilerplateSignal, List<ArticleLine>> GroupClaimedLines()
    {
        var claims = _claims.Value;
        var bySignal = new Dictionary<IBoilerplateSignal, List<ArticleLine>>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < claims.Length; i++)
        {
            if (claims[i] is { } signal)
            {
                (CollectionsMarshal.GetValueRefOrAddDefault(bySignal, signal, out _) ??= []).Add(Tree.Lines[i]);
            }
        }

        return bySignal;
    }

    private BlockRole[] RefineRoles()
    {
        var roles = Layout.Roles.ToArray();
        for (int i = 0; i < roles.Length; i++)
        {
            if (roles[i] is BlockRole.BeforeBody or BlockRole.AfterBody && HeadlineShape.IsTeaserList(Tree, Tree.Blocks[i])
                && TopicOverlap(Tree.Blocks[i]) < HeadlineShape.MaxTopicOverlap)
            {
                roles[i] = BlockRole.UnrelatedHeadline;
            }
        }

        return roles;
    }

    // Sized at once for the prose's content words (at least its distinct ones): grown from empty, the table was
    // rebuilt some eight times per article, and those arrays were 7 % of a check's allocation refills (perf).
    private KeyTable BuildBodyVocabulary()
    {
        var keys = _wordKeys.Value;
        int first = Math.Max(Body.FirstLine, 0), last = Body.LastLine;
        int contentWords = 0;
        for (int i = first; i <= last; i++)
        {
            if (IsProse(i))
            {
                foreach (long key in keys.KeysOf(Tree.Lines[i]))
                {
                    contentWords += WordKeys.IsContent(key) ? 1 : 0;
                }
            }
        }

        var vocabulary = new KeyTable(contentWords);
        for (int i = first; i <= last; i++)
        {
            if (IsProse(i))
            {
                foreach (long key in keys.KeysOf(Tree.Lines[i]))
                {
                    if (WordKeys.IsContent(key))
                    {
                        vocabulary.Slot(key)++;
                    }
                }
            }
        }

        return vocabulary;

        bool IsProse(int line) => ProseScore(Tree.Lines[line]) >= ProseScorer.ProseThreshold;
    }

    /// <summary>The content-word keys of a text, gathered on the stack (a text longer than a teaser gets an array).</summary>
    private ref struct ContentKeys(Span<long> buffer)
    {
        public const int OnTheStack = 128;

        private Span<long> _keys = buffer;
        private int _count;

        public void Add(long key)
        {
            if (!WordKeys.IsContent(key))
            {
                return;
            }

            if (_count == _keys.Length)
            {
                var larger = new long[2 * _keys.Length];
                _keys.CopyTo(larger);
                _keys = larger;
            }

            _keys[_count++] = key;
        }

        /// <summary>Each key once: sorted, then the repeats dropped in place.</summary>
        public readonly ReadOnlySpan<long> Distinct()
        {
            var keys = _keys[.._count];
            keys.Sort();
            int distinct = 0;
            for (int i = 0; i < keys.Length; i++)
            {
                if (i == 0 || keys[i] != keys[i - 1])
                {
                    keys[distinct++] = keys[i];
                }
            }

            return keys[..distinct];
        }
    }
}
