using System.Text.RegularExpressions;
using CorpusLint.Rules.Packs;

namespace CorpusLint.Rules.Tests.Packs;

public class VocabularyTermsTests
{
    // The options a built-in vocabulary's generated regex has: the pack's, on the backtracking engine.
    private const RegexOptions Generated = RulePackLoader.PatternOptions & ~RegexOptions.NonBacktracking;

    private static readonly double[] Coverages = [0.3, 0.5, 0.6, 0.7, 0.8, 1.0];

    [Fact]
    public void OnASCIIWordAndSpaceCharactersAreTheEnginesOwn()
    {
        var word = new Regex(@"\w", Generated);
        var space = new Regex(@"\s", Generated);
        for (char c = '\0'; c < 0x80; c++)
        {
            Assert.True(word.IsMatch(c.ToString()) == VocabularyWords.IsAsciiWordChar(c), $"\\w and U+{(int)c:X4}");
            Assert.True(space.IsMatch(c.ToString()) == VocabularyTerms.IsSpace(c), $"\\s and U+{(int)c:X4}");
        }
    }

    [Fact]
    public void OnlyASCIITermsWithSpacesAloneAreMatchedWithoutTheRegex()
    {
        Assert.NotNull(VocabularyTerms.Of(["log in", "e-mail", "faq#", "a  b"]));
        Assert.Null(VocabularyTerms.Of(["café"]));
        Assert.Null(VocabularyTerms.Of(["log\tin"]));
        Assert.Null(VocabularyTerms.Of(["share", "#tag"]));
        Assert.True(VocabularyTerms.Of(["a log"])!.Covers("A\tlog", 4, 4));
        Assert.Null(VocabularyTerms.Of(["  "]));
        Assert.Null(VocabularyTerms.Of(["share"])!.Covers("Share \u212Aeep", 9, 4.5));
    }

    /// <summary>
    /// Every built-in vocabulary, on random ASCII lines made of its terms' words and others in any case, with spaces,
    /// tabs, bars, digits and punctuation between and inside them: the cover is judged as the regex's matches judge it,
    /// at several shares.
    /// </summary>
    [Fact]
    public void TheBuiltInVocabulariesCoverWhatTheirRegexesCover()
    {
        int vocabularies = 0, covered = 0, lines = 0;
        foreach (var (_, _, document) in RulePackLoader.BuiltInPackSources())
        {
            foreach (var rule in document.Rules.Where(r => r.Vocabulary.Count > 0))
            {
                vocabularies++;
                var pieces = rule.Vocabulary.SelectMany(t => t.Split(' ')).Concat(["news", "x", "us", "in", "_", "2024", "-", "#", "e", "mail"]).ToArray();
                var result = Compare(rule.Vocabulary, pieces, new Random(vocabularies), 3000);
                covered += result.Covered;
                lines += result.Lines;
            }
        }

        Assert.True(vocabularies >= 1, "no built-in vocabulary");
        Assert.True(covered > lines / 10 && covered < lines * 9 / 10, $"{covered} of {lines} judgements were covered: the lines would not tell a wrong matcher");
    }

    /// <summary>
    /// Random small vocabularies (terms sharing beginnings, of one length, with several spaces, punctuation, digits and
    /// underscores) on random lines of their pieces; those with a term that begins with `#` are not matched here.
    /// </summary>
    [Fact]
    public void RandomVocabulariesCoverWhatTheirRegexesCover()
    {
        var random = new Random(20261207);
        string[] words = ["log", "in", "login", "sign", "e-mail", "mail", "a", "ab", "abc", "x_y", "faq#", "#tag", "top10", "10", "re", "reply"];
        for (int v = 0; v < 300; v++)
        {
            var terms = Enumerable.Range(0, random.Next(1, 6))
                .Select(_ => string.Join(random.Next(4) == 0 ? "  " : " ", Enumerable.Range(0, random.Next(1, 3)).Select(_ => words[random.Next(words.Length)])))
                .ToList();
            Compare(terms, words, random, 60);
        }
    }

    private static (int Covered, int Lines) Compare(IReadOnlyList<string> vocabulary, string[] pieces, Random random, int count)
    {
        string[] separators = [" ", " ", "  ", "\t", " | ", "|", "-", "_", ".", ", ", "", "1", " : "];
        if (VocabularyTerms.Of(vocabulary) is not { } terms)
        {
            // Only a term that begins with a character no word does keeps a vocabulary on its regex here.
            Assert.Contains(vocabulary, t => !VocabularyWords.IsAsciiWordChar(t.Trim()[0]));
            return (0, 0);
        }

        var regex = new Regex(VocabularyMatcher.PatternOf(vocabulary), Generated);
        int covered = 0, lines = 0;
        for (int i = 0; i < count; i++)
        {
            var line = string.Concat(Enumerable.Range(0, random.Next(1, 7)).Select(_ => Cased(pieces[random.Next(pieces.Length)], random) + separators[random.Next(separators.Length)]));
            int letters = VocabularyMatcher.CountLetters(line);
            if (letters == 0)
            {
                continue;
            }

            int byRegex = VocabularyMatcher.CoveredLetters(regex, line);
            foreach (double share in Coverages)
            {
                double needed = share * letters;
                bool expected = byRegex >= needed;
                Assert.True(terms.Covers(line, letters, needed) == expected, $"'{line}' with [{string.Join(", ", vocabulary)}] at {share}: the regex covers {byRegex} of {letters} letters");
                covered += expected ? 1 : 0;
                lines++;
            }
        }

        return (covered, lines);
    }

    private static string Cased(string piece, Random random) => random.Next(3) switch
    {
        0 => piece.ToUpperInvariant(),
        1 => piece.Length > 0 ? char.ToUpperInvariant(piece[0]) + piece[1..] : piece,
        _ => piece,
    };
}
