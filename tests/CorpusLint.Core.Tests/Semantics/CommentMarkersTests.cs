using CorpusLint.Semantics;

namespace CorpusLint.Core.Tests.Semantics;

public class CommentMarkersTests
{
    [Theory]
    [InlineData("John Smith says:")]
    [InlineData("Mary wrote on March 3, 2024 at 10:15 ...")]
    [InlineData("Posted by Anna at 10:15 pm")]
    [InlineData("submitted by reader 3 hours ago")]
    [InlineData("Pingback: a blog")]
    [InlineData("Reply to this comment")]
    [InlineData("Report abuse")]
    [InlineData("  recommend  ")]
    public void SignatureLinesAreSignatures(string text) => Assert.True(CommentMarkers.IsSignature(text));

    [Theory]
    [InlineData("The minister says the plan is over.")]
    [InlineData("Replying to critics, she left")]
    [InlineData("Posted")]
    [InlineData("")]
    public void OtherLinesAreNot(string text) => Assert.False(CommentMarkers.IsSignature(text));

    /// <summary>
    /// The filter before the regex may only turn away texts the regex fails: random texts built from the pattern's
    /// words, separators and characters the engine folds ignoring case (the Kelvin sign, the long s, the dotted I),
    /// of which a good share match.
    /// </summary>
    [Fact]
    public void TheFilterTurnsAwayOnlyTextsThePatternFails()
    {
        string[] parts =
        [
            "posted", "Submitted", "WRITTEN", "by", "says", "said", "wrote", "writes", "on", "at", "pingback", "Trackback",
            "reply", "to", "this", "comment", "report", "abuse", "recommend", "Re", "po", "ago", "2024", "10:15", ":", "...",
            "..", ".", " ", "  ", "\t", "\n", "x", "John", "\u212A", "\u017Fays", "\u017Fubmitted", "\u0440ingback", "\u0130", "p\u0131ngback", "é", "-",
        ];
        var random = new Random(7);
        var regex = CommentMarkers.SignaturePattern();
        int matches = 0;
        for (int i = 0; i < 50_000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 9)).Select(_ => parts[random.Next(parts.Length)])).Trim();
            bool match = regex.IsMatch(text);
            matches += match ? 1 : 0;
            Assert.True(CommentMarkers.MayBeSignature(text) || !match, $"the filter turned away '{text}', which the pattern matches");
        }

        Assert.True(matches > 1_000, $"only {matches} texts matched: the test would not find a filter that is too strict");
    }
}
