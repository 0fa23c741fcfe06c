using System.Text.RegularExpressions;
using CorpusLint.Rules.Packs;
using CorpusLint.Testing;

namespace CorpusLint.Rules.Tests.Packs;

public class PatternStartsTests
{
    private const RegexOptions PackOptions = RulePackLoader.PatternOptions;

    [Theory]
    [InlineData(@"^by\s+(?-i:\p{Lu})", "Bb")]
    [InlineData(@"^(author|authors)\s*:\s*\S", "Aa")]
    [InlineData(@"^a?b", "AaBb")]
    [InlineData(@"^x{0,3}(y|z)*\d", "XxYyZz0123456789")]
    [InlineData(@"^x{2}y", "Xx")]
    [InlineData(@"^(?:\s*[:|])?page", " \t\n\v\f\r:|Pp")]
    [InlineData(@"^\bcomments?\b", "Cc")]
    [InlineData(@"^[a-c-[b]]", "AaCc")]
    [InlineData(@"^[]a]", "]Aa")]
    [InlineData(@"^\u0041|^\x2B", "Aa+")]
    [InlineData(@"^{", "{")]
    [InlineData(@"^(?i)q", "Qq")]
    [InlineData(@"^«?next", "Nn")]
    public void TheFirstCharactersOfAnAnchoredPatternAreItsAsciiStarts(string pattern, string expected)
    {
        var starts = PatternStarts.Of([pattern], PackOptions);
        Assert.NotNull(starts);
        var found = Enumerable.Range(0, 128).Where(c => starts.MayStartWith((char)c)).Select(c => (char)c).Order();
        Assert.Equal(expected.Order(), found);
    }

    [Theory]
    [InlineData(@"^by\s+(?-i:\p{Lu})", "By Jane,by\tx,BY", "Be,Bx,b")]
    [InlineData(@"^(post|leave)\s+a", "Post a,leave,Le", "Pa,Lo,Page 2")]
    [InlineData(@"^a?b", "b,bx,ab,Ab", "a,ax,aa")]
    [InlineData(@"^x{0,3}(y|z)*\d", "xx,xy,x1,yz,zy,1,1a", "xa,ya,ax")]
    [InlineData(@"^x{0,1}y{2,}z{1}\d", "xy,yy", "xx,x1,zz,z1")]
    [InlineData(@"^(\d+|no)\s+comments", "12,1 ,No c", "1a,n,nx")]
    [InlineData(@"^\bcomments?\b$|^a\b", "co,a,a b", "cx,c")]
    [InlineData(@"^(?:\s*[:|])?page", ":page,|p, :p,pa", ": page,px,:x,:")]
    public void AMatchBeginsWithOneOfItsPairsOfFirstCharacters(string pattern, string begun, string notBegun)
    {
        var starts = PatternStarts.Of([pattern], PackOptions)!;
        Assert.All(begun.Split(','), text => Assert.True(starts.MayBegin(text), text));
        Assert.All(notBegun.Split(','), text => Assert.False(starts.MayBegin(text), text));

        // Outside ASCII, a character goes to the regex wherever it stands.
        Assert.True(starts.MayBegin(begun[..1] + "\u212A"));
        Assert.True(starts.MayBegin("é"));
    }

    [Fact]
    public void ACaseSensitiveNegatedClassStartsWithTheOtherCase()
    {
        // Ignoring case, `[^a]` matches neither `a` nor `A`; case-sensitive, it matches `A`: both are asked.
        var starts = PatternStarts.Of([@"^(?-i:[^a])"], PackOptions)!;
        Assert.True(starts.MayStartWith('A'));
        Assert.False(starts.MayStartWith('a'));
    }

    [Theory]
    [InlineData(@"all\s+rights\s+reserved")]
    [InlineData(@"^a|b")]
    [InlineData(@"^\s*")]
    [InlineData(@"^(a|)")]
    [InlineData(@"^(?=a)b")]
    [InlineData(@"^(a)\1")]
    [InlineData(@"^(?x) a")]
    [InlineData(@"^(?#a)b")]
    [InlineData(@"^a\Ab")]
    [InlineData(@"^[ab")]
    [InlineData(@"^a)")]
    public void APatternItCannotTellAboutHasNoStarts(string pattern) =>
        Assert.Null(PatternStarts.Of([@"^ok", pattern], PackOptions));

    [Fact]
    public void ACharacterOutsideAsciiMayAlwaysStartAMatch()
    {
        // Ignoring case, the Kelvin sign matches `k`: such lines go to the regex.
        var starts = PatternStarts.Of([@"^k"], PackOptions)!;
        Assert.Matches(new Regex(@"^k", PackOptions), "\u212A");
        Assert.True(starts.MayStartWith('\u212A'));
        Assert.True(starts.MayStartWith('é'));
    }

    [Theory]
    [InlineData(@"^(\S+@\S+\.\w+|www\.\S+)$", "news@example.com", "news @ example.com")]
    [InlineData(@"^[^\p{L}\p{N}]+$", "* * *", "* a *")]
    [InlineData(@"^(\d{1,3}\s+){3,}\d{1,3}\z", "1 2 3 4", "1 2 3 x")]
    [InlineData(@"^page\s+\d+$|^next$", "Page 2", "Page 2!")]
    public void APatternSpanningTheWholeLineHoldsOnlyItsAtomsAsciiCharacters(string pattern, string held, string neverHeld)
    {
        var starts = PatternStarts.Of([pattern], PackOptions)!;
        Assert.True(starts.MayHold(held));
        Assert.False(starts.MayHold(neverHeld));
        Assert.True(starts.MayHold("é\u212A"));
    }

    [Theory]
    [InlineData(@"^\d+\s*min(ute)?s?\s+read$", "5 min read", "minutes read")]
    [InlineData(@"^(updated\s*:\s*)?(jan|feb)[a-z]*\s+\d{1,2}", "Updated: Jan 5", "Updated: January")]
    [InlineData(@"^reading\s+time\s*:?\s*[0-9]+|^\d+\s+comments", "Reading time: 4", "Reading time: four")]
    [InlineData(@"^(a|b1)x*1", "a 1", "a x")]
    public void APatternWhoseEveryMatchNeedsADigitTurnsAwayALineWithoutOne(string pattern, string held, string neverHeld)
    {
        var starts = PatternStarts.Of([pattern], PackOptions)!;
        Assert.True(starts.MayHold(held));
        Assert.False(starts.MayHold(neverHeld));

        // `\d` matches every script's digits, so a line with a character outside ASCII goes to the regex.
        Assert.Matches(new Regex(@"^\d", PackOptions), "\u0663");
        Assert.True(starts.MayHold(neverHeld + "\u0663"));
    }

    [Theory]
    [InlineData(@"^\d*\s*min")]
    [InlineData(@"^(\d+|no)\s+comments")]
    [InlineData(@"^page(\s+\d+)?")]
    [InlineData(@"^\d+|^next")]
    [InlineData(@"^[0-9a]")]
    public void APatternWithAMatchWithoutADigitMayHoldNone(string pattern) =>
        Assert.True(PatternStarts.Of([pattern], PackOptions)!.MayHold("no digit here"));

    [Theory]
    [InlineData(@"^a")]
    [InlineData(@"^a\$")]
    [InlineData(@"^a\\z")]
    [InlineData(@"^a$|^b")]
    [InlineData(@"^(a$)")]
    public void APatternNotAnchoredAtItsEndMayHoldAnything(string pattern) =>
        Assert.True(PatternStarts.Of([pattern], PackOptions)!.MayHold("a b ! ~"));

    /// <summary>
    /// Every built-in rule's patterns, on lines that match them with their first character replaced by each ASCII
    /// character: whenever the regex matches, the starts say it may.
    /// </summary>
    [Fact]
    public void NoBuiltInRuleTurnsAwayALineItsPatternsMatch()
    {
        var lines = Directory.GetFiles(RepositoryPaths.Fixture("seeds", "input"), "*.txt")
            .SelectMany(File.ReadLines)
            .Concat(["By Jane Doe", "Posted by: x", "Page 2 of 3", "12 comments", "Home » News", "@handle", "5 min read", "xs sm md lg",
                "Updated: Jan 5, 2024", "— Reuters", "Photo: AP", "Sign up for our newsletter", "<< Previous post", "1 2 3 4", "* * *"])
            .Select(l => l.Trim())
            .Where(l => l.Length > 0)
            .ToList();
        int rulesWithStarts = 0;
        foreach (var (_, _, document) in RulePackLoader.BuiltInPackSources())
        {
            foreach (var rule in document.Rules.Where(r => r.Patterns.Count > 0))
            {
                if (PatternStarts.Of(rule.Patterns, PackOptions) is not { } starts)
                {
                    continue;
                }

                rulesWithStarts++;
                var regex = new Regex(RulePackLoader.PatternsSource(rule.Patterns), PackOptions);
                foreach (var line in lines)
                {
                    for (int c = 0; c < 128; c++)
                    {
                        var text = ((char)c + line[1..]).Trim();
                        if (text.Length > 0 && regex.IsMatch(text))
                        {
                            Assert.True(starts.MayBegin(text) && starts.MayHold(text), $"{rule.Id} turns away '{text}'");
                        }
                    }
                }
            }
        }

        Assert.True(rulesWithStarts >= 10, $"only {rulesWithStarts} built-in rules have starts");
    }

    /// <summary>Random anchored patterns over a small alphabet, on random texts: a match is never turned away.</summary>
    [Fact]
    public void NoRandomPatternTurnsAwayATextItMatches()
    {
        var random = new Random(20261203);
        string[] atoms = ["a", "B", "c", ".", @"\d", @"\s", @"\S", @"\w", @"\W", "[ab]", "[^a]", "[^b-c]", @"\p{Lu}", @"\p{Ll}", "-", "1", @"\b", "$", "^"];
        string[] quantifiers = ["", "", "", "?", "*", "+", "{0,2}", "{2}", "??"];
        const string Alphabet = "aAbBcC1 -_xX";
        int told = 0;
        for (int p = 0; p < 400; p++)
        {
            var pattern = "^" + RandomPatterns.Sequence(random, atoms, quantifiers, depth: 2) + (random.Next(2) == 0 ? "$" : "");
            if (PatternStarts.Of([pattern], PackOptions) is not { } starts)
            {
                continue;
            }

            told++;
            var regex = new Regex(pattern, PackOptions);
            for (int t = 0; t < 200; t++)
            {
                var text = new string(Enumerable.Range(0, random.Next(1, 6)).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray()).Trim();
                if (text.Length > 0 && regex.IsMatch(text))
                {
                    Assert.True(starts.MayBegin(text) && starts.MayHold(text), $"'{pattern}' turns away '{text}'");
                }
            }
        }

        Assert.True(told > 200, $"only {told} of 400 random patterns were understood");
    }
}
