using System.Text.RegularExpressions;
using CorpusLint.Rules.Packs;
using CorpusLint.Testing;

namespace CorpusLint.Rules.Tests.Packs;

public class PatternFilterTests
{
    private const RegexOptions PackOptions = RulePackLoader.PatternOptions;

    [Theory]
    [InlineData(@"all\s+rights\s+reserved", "reserved")]
    [InlineData(@"copyright\s*(©|\(c\))?\s*\d{4}", "copyright")]
    [InlineData(@"\b(we|this\s+(web)?site|our\s+(web)?site)\s+uses?\s+cookies\b", "cookies")]
    [InlineData(@"(getty(\s+images)?|associated\s+press|reuters|afp|\bap\b|epa)\s*\)?\s*$", "getty associated reuters afp ap epa")]
    [InlineData(@"x(ab|cd)y", "ab cd")]
    [InlineData(@"(?i:abc)d", "abcd")]
    [InlineData(@"(?:ab)+c", "ab")]
    [InlineData(@"a?bc", "bc")]
    [InlineData(@"(a|)bc", "bc")]
    [InlineData(@"\.com\b", ".com")]
    [InlineData(@"e{2}ff", "ff")]
    [InlineData(@"\w+@\w+", "@")]
    public void APatternRequiresTheTextsOfItsLongestRun(string pattern, string expected)
    {
        var alternatives = PatternLiterals.Alternatives(pattern, PackOptions);
        Assert.NotNull(alternatives);
        var (source, texts) = Assert.Single(alternatives);
        Assert.Equal(pattern, source);
        Assert.Equal(expected.Split(' ').Order(), texts!.Order());
    }

    [Theory]
    [InlineData(@"a*")]
    [InlineData(@"(a|)")]
    [InlineData(@"(ab|\d)x?")]
    [InlineData(@"[ab]\s\w")]
    [InlineData(@"(ab)?")]
    public void APatternThatMayMatchWithoutALiteralRequiresNothing(string pattern) =>
        Assert.Null(Assert.Single(PatternLiterals.Alternatives(pattern, PackOptions)!).Texts);

    [Theory]
    [InlineData(@"(?=a)b")]
    [InlineData(@"(a)\1")]
    [InlineData(@"[ab")]
    [InlineData(@"a)")]
    [InlineData(@"(?x) a")]
    public void APatternItCannotReadIsNotSplit(string pattern) =>
        Assert.Null(PatternLiterals.Alternatives(pattern, PackOptions));

    [Fact]
    public void TopLevelAlternativesAreSplitWithTheirOwnTexts()
    {
        var alternatives = PatternLiterals.Alternatives(@"^cookie\s+preferences$|\bcookies\b|(?:a|b)c", PackOptions)!;
        Assert.Equal([@"^cookie\s+preferences$", @"\bcookies\b", "(?:a|b)c"], alternatives.Select(a => a.Source));
        Assert.Equal(["preferences"], alternatives[0].Texts);
        Assert.Equal(["cookies"], alternatives[1].Texts);
        Assert.Equal(["c"], alternatives[2].Texts);
    }

    [Fact]
    public void ALineWithACharacterTheEngineFoldsOtherwiseGoesToTheRegex()
    {
        // Ignoring case, the engine takes the Kelvin sign for `k` where an ordinal search ignoring case does not.
        var literals = PatternLiterals.Of(["kb"], PackOptions);
        Assert.Matches(new Regex("kb", PackOptions), "\u212Ab");
        Assert.True(literals.MayMatch("\u212Ab"));
        Assert.True(literals.MayMatch("xKBx"));
        Assert.False(literals.MayMatch("k b"));
    }

    [Fact]
    public void AnchoredAlternativesAreToldByTheirFirstCharactersAndTheOthersByTheirTexts()
    {
        var filter = PatternFilter.Of([@"^accept\s+cookies$", @"\bcookies\b"], PackOptions)!;
        Assert.True(filter.MayMatch("Accept  Cookies"));
        Assert.False(filter.MayMatch("Accept all"));
        Assert.True(filter.MayMatch("we use COOKIES here"));
        Assert.False(filter.MayMatch("we use biscuits here"));
        Assert.Null(PatternFilter.Of([@"^accept", @"\w+"], PackOptions));
    }

    /// <summary>
    /// Every built-in rule's patterns, on the fixtures' lines and lines that match them, each also in upper case,
    /// in lower case and with its `k`s and `s`s written as the Kelvin sign and the long s: whenever the regex
    /// matches, the filter lets the line through.
    /// </summary>
    [Fact]
    public void NoBuiltInRuleFiltersOutALineItsPatternsMatch()
    {
        var lines = Directory.GetFiles(RepositoryPaths.Fixture("seeds", "input"), "*.txt")
            .SelectMany(File.ReadLines)
            .Concat(["© 2019 Example Media. All rights reserved.", "Copyright 2006 Acme", "This site uses cookies.", "By continuing to use the site you agree to our use of cookies",
                "Accept all cookies", "Cookie settings", "Photo: AP", "— Reuters", "/ Getty Images", "(Photo)", "Image © Jane Doe / photo", "With reporting by AP",
                "news@example.com", "www.example.com", "example.co.uk/news", "By Jane Doe", "Updated: Jan 5, 2024", "5 min read", "Home » News"])
            .Select(l => l.Trim())
            .Where(l => l.Length > 0)
            .SelectMany(l => new[] { l, l.ToUpperInvariant(), l.ToLowerInvariant(), l.Replace('k', '\u212A').Replace('s', '\u017F') })
            .ToList();
        int rulesWithFilters = 0;
        foreach (var (_, _, document) in RulePackLoader.BuiltInPackSources())
        {
            foreach (var rule in document.Rules.Where(r => r.Patterns.Count > 0))
            {
                if (PatternFilter.Of(rule.Patterns, PackOptions) is not { } filter)
                {
                    continue;
                }

                rulesWithFilters++;
                var regex = new Regex(RulePackLoader.PatternsSource(rule.Patterns), PackOptions);
                foreach (var line in lines.Where(l => regex.IsMatch(l)))
                {
                    Assert.True(filter.MayMatch(line), $"{rule.Id} filters out '{line}'");
                    Assert.True(filter.MayBegin(line.AsSpan(0, Math.Min(2, line.Length))), $"{rule.Id} filters out the beginning of '{line}'");
                }
            }
        }

        Assert.True(rulesWithFilters >= 15, $"only {rulesWithFilters} built-in rules have filters");
    }

    /// <summary>A filter turns a line away by its beginning only when every alternative is anchored at the start.</summary>
    [Fact]
    public void OnlyPatternsAllAnchoredAtTheStartTurnALineAwayByItsBeginning()
    {
        var anchored = PatternFilter.Of([@"^share\b", @"^follow\s+us"], PackOptions)!;
        Assert.False(anchored.MayBegin("Pr"));
        Assert.False(anchored.MayBegin("s"));
        Assert.True(anchored.MayBegin("Sh"));
        Assert.True(anchored.MayBegin("F\u00F6"));
        var mixed = PatternFilter.Of([@"^share\b", @"cookies"], PackOptions)!;
        Assert.True(mixed.MayBegin("Pr"));
        var ends = PatternFilter.Of([@"^share\b", @"\(ap\)$"], PackOptions)!;
        Assert.True(ends.MayBegin("Pr"));
    }

    /// <summary>Random patterns, anchored and not, over a small alphabet, on random texts: a match is never filtered out.</summary>
    [Fact]
    public void NoRandomPatternFiltersOutATextItMatches()
    {
        var random = new Random(20261203);
        string[] atoms = ["a", "B", "k", "s", "ab", "ks", ".", @"\d", @"\s", @"\w", "[ab]", "[^a]", @"\.", "-", "1", @"\b", "$"];
        string[] quantifiers = ["", "", "", "?", "*", "+", "{0,2}", "{2}", "{1}", "??"];
        const string Alphabet = "aAbBkKsS1 .-\u212A\u017F";
        int told = 0;
        for (int p = 0; p < 600; p++)
        {
            var pattern = (random.Next(3) == 0 ? "^" : "") + RandomPatterns.Sequence(random, atoms, quantifiers, depth: 2);
            if (random.Next(3) == 0)
            {
                pattern += "|" + RandomPatterns.Sequence(random, atoms, quantifiers, depth: 1);
            }

            if (PatternFilter.Of([pattern], PackOptions) is not { } filter)
            {
                continue;
            }

            told++;
            RandomPatterns.AssertNoMatchTurnedAway(random, new Regex(pattern, PackOptions), Alphabet, text => filter.MayMatch(text));
            RandomPatterns.AssertNoMatchTurnedAway(random, new Regex(pattern, PackOptions), Alphabet, text => filter.MayBegin(text.AsSpan(0, Math.Min(2, text.Length))));
        }

        Assert.True(told > 250, $"only {told} of 600 random patterns have a filter");
    }
}
