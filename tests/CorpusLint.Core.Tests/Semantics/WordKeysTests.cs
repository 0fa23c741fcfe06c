using CorpusLint.Semantics;
using CorpusLint.Syntax;
using CorpusLint.Text;

namespace CorpusLint.Core.Tests.Semantics;

public class WordKeysTests
{
    /// <summary>
    /// Random words of letters (both cases), digits, apostrophes and letters beyond ASCII, function words among them:
    /// a key says "content word" exactly when the lowercased word is one, and two words share a key exactly when they
    /// lowercase to the same text (the ASCII loop and the general path must agree on both).
    /// </summary>
    [Fact]
    public void AKeyIsTheLowercasedWordAndWhetherItIsAContentWord()
    {
        var random = new Random(20261204);
        const string Alphabet = "aeiouTHEwrsnd09'\u00E9\u00C9\u0130\u212A\u017F";
        string[] seeds = ["abcdefgh", "abcdefghi", "abcdefghijklmnop", "abcdefghijklmnopq", "abcdefghijklmnopqr", "the", "THE", "The", "their", "Themselves", "and", "yourselves", "123", "1a2", "its", "İTS", "\u212Aey", "key", "ſaid", "said", "caf\u00E9", "CAF\u00C9", "it's"];
        var words = seeds.Concat(Enumerable.Range(0, 4000).Select(_ =>
            new string(Enumerable.Range(0, random.Next(1, 24)).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray())));
        var byLowercase = new Dictionary<string, long>(StringComparer.Ordinal);
        var byKey = new Dictionary<long, string>();
        Span<char> buffer = stackalloc char[WordTokenizer.MaxStackWord];
        foreach (var word in words)
        {
            string lower = WordTokenizer.ToLower(word, buffer).ToString();
            long key = WordKeys.Of(word);
            Assert.True(SemanticModel.IsContentWord(lower) == WordKeys.IsContent(key), word);
            Assert.Equal(byLowercase.GetValueOrDefault(lower, key), key);
            Assert.Equal(byKey.GetValueOrDefault(key, lower), lower);
            byLowercase[lower] = key;
            byKey[key] = lower;
        }
    }

    [Theory]
    [InlineData("the", false)]
    [InlineData("Yourselves", false)]
    [InlineData("2026", false)]
    [InlineData("ox", false)]
    [InlineData("storm", true)]
    [InlineData("A1b", true)]
    [InlineData("Zürich", true)]
    public void ContentWordsAreLongerThanTwoAndNeitherFunctionWordsNorNumbers(string word, bool content) =>
        Assert.Equal(content, WordKeys.IsContent(WordKeys.Of(word)));

    [Fact]
    public void EachLineHoldsTheKeysOfItsWordsInOrder()
    {
        var tree = ArticleParser.Parse(SourceText.From("Storm floods the valley.\n\nO'Brien's café, 2026 — again\n-- --\nlast"));
        var keys = LineWordKeys.Of(tree);
        foreach (var line in tree.Lines)
        {
            var expected = new List<long>();
            WordKeys.AppendTo(line.Text, expected);
            Assert.Equal(expected, keys.KeysOf(line).ToArray());
        }

        Assert.Equal(4, keys.KeysOf(tree.Lines[0]).Length);
        Assert.Equal(0, keys.KeysOf(tree.Lines[1]).Length);
    }

    /// <summary>
    /// Random texts of ASCII letters, digits, apostrophes (straight and curly), punctuation, letters and marks beyond
    /// ASCII: the one-pass scan writes the keys the tokenizer's words get, word for word.
    /// </summary>
    [Fact]
    public void WritingAllKeysAtOnceGivesEachWordsKey()
    {
        var random = new Random(20261206);
        const string Alphabet = "aZ9 '’.-/\u00E9\u0301\u212A\u4E2D\u00A0x";
        var texts = new List<string> { "", "don't", "l'été", "O’Brien's", "it'", "'tis", "a'1", "ab'c'd", "x\u0301y", "Zürich 2026", "the2 in1 4you" };
        texts.AddRange(Enumerable.Range(0, 3000).Select(_ =>
            new string(Enumerable.Range(0, random.Next(1, 24)).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray())));

        // Long texts of words from one to twenty letters, so words start and end at every place of the sixteen
        // characters read at once, and cross them.
        const string Letters = "abcXYZ019\u00FF\uAC00\uFF21";
        const string Between = "  ,.-/'’\u00E9\u00A0\u007F\uFFFF";
        texts.AddRange(Enumerable.Range(0, 1000).Select(_ => string.Concat(Enumerable.Range(0, random.Next(1, 12)).Select(_ =>
            new string(Enumerable.Range(0, random.Next(1, 21)).Select(_ => Letters[random.Next(Letters.Length)]).ToArray())
            + new string(Enumerable.Range(0, random.Next(1, 3)).Select(_ => Between[random.Next(Between.Length)]).ToArray())))));
        foreach (var text in texts)
        {
            var expected = new List<long>();
            WordKeys.AppendTo(text, expected);
            var keys = new long[1];
            int count = WordKeys.Write(text, ref keys, 0);
            Assert.True(expected.SequenceEqual(keys.Take(count)), $"'{text}'");
        }
    }

    /// <summary>A line of more words than its spaces tell (joined by slashes) grows the array past its first size.</summary>
    [Fact]
    public void ALineOfManyJoinedWordsFitsToo()
    {
        string joined = string.Join('/', Enumerable.Range(0, 500).Select(i => $"w{i}"));
        var tree = ArticleParser.Parse(SourceText.From($"{joined}\nend"));
        var keys = LineWordKeys.Of(tree);
        Assert.Equal(500, keys.KeysOf(tree.Lines[0]).Length);
        Assert.Equal(WordKeys.Of("w499"), keys.KeysOf(tree.Lines[0])[^1]);
        Assert.Equal(WordKeys.Of("end"), keys.KeysOf(tree.Lines[1])[0]);
    }
}
