using System.Text.RegularExpressions;
using CorpusLint.Rules.Packs;

namespace CorpusLint.Rules.Tests.Packs;

public class PatternEndsTests
{
    private const RegexOptions PackOptions = RulePackLoader.PatternOptions;

    private const string Credits = @"(getty(\s+images)?|associated\s+press|reuters|afp|\bap\b|epa)\s*\)?\s*$";

    [Theory]
    [InlineData("Photo: Getty Images", true)]
    [InlineData("Staff / GETTY", true)]
    [InlineData("(AP)", true)]
    [InlineData("— Associated Press )", true)]
    [InlineData("I took a nap", true)] // ends like a match; the regex tells it apart
    [InlineData("The map of the area", false)]
    [InlineData("Reuters reported on Monday", false)]
    [InlineData("Getty Images, the agency", false)]
    [InlineData("Photo: Getty Imag\u00E9s", true)] // a character beyond ASCII: told nothing
    public void ALineMustEndWithAnEndingBeforeTheTrailingCharacters(string line, bool mayEnd) =>
        Assert.Equal(mayEnd, PatternEnds.Of(Credits, PackOptions)!.MayEnd(line));

    [Theory]
    [InlineData(@"reuters")]
    [InlineData(@"reuters\s*")]
    [InlineData(@"^reuters$|x")]
    [InlineData(@"(a)?\s*$")]
    [InlineData(@"a?$")]
    [InlineData(@"(a?)$")]
    [InlineData(@"x\w$")]
    [InlineData(@"(ab|cs)s?$")]
    [InlineData(@"ab(?=c)$")]
    [InlineData(@"B?1$?")]
    public void APatternNotEndingInKnownTextsTellsNothing(string pattern) =>
        Assert.Null(PatternEnds.Of(pattern, PackOptions));

    [Fact]
    public void AnOptionalLastPieceEndsAsItselfOrAsWhatCameBefore()
    {
        var ends = PatternEnds.Of(@"\bphoto(graph)?s?\s*$", PackOptions)!;
        Assert.True(ends.MayEnd("Staff photographs"));
        Assert.True(ends.MayEnd("staff PHOTO "));
        Assert.False(ends.MayEnd("photo of the day"));
    }

    /// <summary>Random end-anchored patterns over a small alphabet, on random texts: a text the regex matches is never turned away.</summary>
    [Fact]
    public void NoRandomPatternTurnsAwayATextItMatches()
    {
        var random = new Random(20261207);
        string[] atoms = ["a", "B", "k", "s", "ab", "ks", ".", @"\d", @"\s", @"\w", "[ab]", "[^a]", @"\.", @"\)", "-", "1", @"\b"];
        string[] quantifiers = ["", "", "", "?", "*", "+", "{0,2}", "{2}", "??"];
        string[] trailing = ["", @"\s*", @"\)?", @"\.?", "s?", @"\s*\)?\s*", "[.!]*", @"\b"];
        const string Alphabet = "aAbBkKsS1 .-)\u212A\u017F";
        int told = 0;
        for (int p = 0; p < 800; p++)
        {
            var pattern = RandomPatterns.Sequence(random, atoms, quantifiers, depth: 2) + trailing[random.Next(trailing.Length)] + (random.Next(4) == 0 ? @"\z" : "$");
            if (PatternEnds.Of(pattern, PackOptions) is not { } ends)
            {
                continue;
            }

            told++;
            RandomPatterns.AssertNoMatchTurnedAway(random, new Regex(pattern, PackOptions), Alphabet, text => ends.MayEnd(text));
        }

        Assert.True(told > 150, $"only {told} of 800 random patterns are told by their ends");
    }
}
