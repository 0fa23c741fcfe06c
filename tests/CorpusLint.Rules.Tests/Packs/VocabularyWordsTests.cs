using System.Text.RegularExpressions;
using CorpusLint.Rules.Packs;
using CorpusLint.Testing;

namespace CorpusLint.Rules.Tests.Packs;

public class VocabularyWordsTests
{
    [Theory]
    [InlineData("Log In | Register", true)]
    [InlineData("log-in", true)]
    [InlineData("Most popular", true)]
    [InlineData("Most of the city", false)]
    [InlineData("Breaking news today", false)]
    [InlineData("Registered voters", false)]
    public void ALineOfOtherWordsCannotBeCovered(string line, bool mayCover)
    {
        var words = VocabularyWords.Of(["log in", "log-in", "register", "most popular"])!;
        int letters = VocabularyMatcher.CountLetters(line);
        Assert.Equal(mayCover, words.MayCover(line, letters, 0.5 * letters));
    }

    [Fact]
    public void ARunOutsideAsciiMayAlwaysBeCovered()
    {
        // Ignoring case, the Kelvin sign matches `k`: the run goes to the regex.
        var words = VocabularyWords.Of(["kit"])!;
        Assert.Matches(new Regex(VocabularyMatcher.PatternOf(["kit"]), RulePackLoader.PatternOptions), "\u212Ait");
        Assert.True(words.MayCover("\u212Ait", 3, 3));
        Assert.True(words.MayCover("Café", 4, 4));
    }

    [Fact]
    public void AVocabularyWithATermBeyondAsciiHasNoWords() =>
        Assert.Null(VocabularyWords.Of(["home", "accueil", "S'inscrire", "Connexion", "Rechercher", "Se connecter", "Déconnexion"]));

    /// <summary>
    /// Every built-in vocabulary, on the seeds' lines, its own terms and lines made of them: the bound never says a
    /// line cannot be covered as far as the regex covers it.
    /// </summary>
    [Fact]
    public void NoBuiltInVocabularyTurnsAwayALineItsTermsCover()
    {
        var seedLines = Directory.GetFiles(RepositoryPaths.Fixture("seeds", "input"), "*.txt").SelectMany(File.ReadLines).ToList();
        int vocabularies = 0, covered = 0;
        foreach (var (_, _, document) in RulePackLoader.BuiltInPackSources())
        {
            foreach (var rule in document.Rules.Where(r => r.Vocabulary.Count > 0))
            {
                var words = VocabularyWords.Of(rule.Vocabulary);
                Assert.NotNull(words);
                vocabularies++;
                var regex = new Regex(VocabularyMatcher.PatternOf(rule.Vocabulary), RulePackLoader.PatternOptions);
                var terms = rule.Vocabulary.ToList();
                var random = new Random(20261206);
                var lines = seedLines
                    .Concat(terms)
                    .Concat(terms.Select(t => t.ToUpperInvariant()))
                    .Concat(Enumerable.Range(0, 500).Select(_ => $"{terms[random.Next(terms.Count)]} | {terms[random.Next(terms.Count)]} news"));
                foreach (var line in lines)
                {
                    int cover = VocabularyMatcher.CoveredLetters(regex, line);
                    covered += cover > 0 ? 1 : 0;
                    Assert.True(words.MayCover(line, VocabularyMatcher.CountLetters(line), cover), $"{rule.Id} turns away '{line}' ({cover} letters covered)");
                }
            }
        }

        Assert.True(vocabularies >= 1, "no built-in rule has a vocabulary");
        Assert.True(covered > 500, $"only {covered} lines had a term");
    }

    /// <summary>Random vocabularies over a small alphabet, on random lines: the bound is never below the regex's cover.</summary>
    [Fact]
    public void NoRandomVocabularyTurnsAwayALineItsTermsCover()
    {
        var random = new Random(20261206);
        const string TermAlphabet = "abkAB1 -_.";
        const string LineAlphabet = "abkAB1 -_.\t|é\u212A";
        int covered = 0;
        for (int v = 0; v < 300; v++)
        {
            var terms = Enumerable.Range(0, random.Next(1, 5)).Select(_ => RandomText(random, TermAlphabet, 1, 5).Trim()).Where(t => t.Length > 0).ToList();
            if (terms.Count == 0)
            {
                continue;
            }

            var words = VocabularyWords.Of(terms)!;
            var regex = new Regex(VocabularyMatcher.PatternOf(terms), RulePackLoader.PatternOptions);
            for (int t = 0; t < 100; t++)
            {
                var line = random.Next(3) == 0 ? terms[random.Next(terms.Count)] + RandomText(random, LineAlphabet, 0, 4) : RandomText(random, LineAlphabet, 1, 9);
                int cover = VocabularyMatcher.CoveredLetters(regex, line);
                covered += cover > 0 ? 1 : 0;
                Assert.True(words.MayCover(line, VocabularyMatcher.CountLetters(line), cover), $"[{string.Join(", ", terms)}] turns away '{line}' ({cover} letters covered)");
            }
        }

        Assert.True(covered > 3000, $"only {covered} random lines had a term");
    }

    private static string RandomText(Random random, string alphabet, int min, int max) =>
        new(Enumerable.Range(0, random.Next(min, max)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
}
