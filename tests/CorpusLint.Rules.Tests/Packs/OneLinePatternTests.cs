using System.Text.RegularExpressions;
using CorpusLint.Rules.Packs;
using CorpusLint.Syntax;
using CorpusLint.Text;

namespace CorpusLint.Rules.Tests.Packs;

public class OneLinePatternTests
{
    private const RegexOptions PackOptions = RulePackLoader.PatternOptions;

    [Theory]
    [InlineData(@"^page\s+\d+$", @"^page\s+\d+\z")]
    [InlineData(@"(?:^a$)|(?:b$)", @"(?:^a\z)|(?:b\z)")]
    [InlineData(@"^costs \$5$", @"^costs \$5\z")]
    [InlineData(@"[$€]\d+$", @"[$€]\d+\z")]
    [InlineData(@"[]$]x$", @"[]$]x\z")]
    [InlineData(@"[^]$]x$", @"[^]$]x\z")]
    [InlineData(@"[\]$]x$", @"[\]$]x\z")]
    [InlineData(@"^no anchor at the end", @"^no anchor at the end")]
    public void EndAnchorsBecomeEndOfTextAndDollarCharactersStay(string pattern, string expected) =>
        Assert.Equal(expected, OneLinePattern.WithEndOfText(pattern));

    [Theory]
    [InlineData(@"(?x) a $ # the end $")]
    [InlineData(@"(?ix:a)$")]
    [InlineData(@"a(?#$)$")]
    public void APatternThatMayHoldCommentsIsLeftAsItIs(string pattern) =>
        Assert.Equal(pattern, OneLinePattern.WithEndOfText(pattern));

    /// <summary>
    /// The rewrite is only sound on text without a line break: every line the parser cuts has none, whatever
    /// breaks the file uses, so each built-in pattern answers the same in both forms on every devset-like line.
    /// </summary>
    [Fact]
    public void EveryBuiltInPatternAnswersTheSameOnLinesInBothForms()
    {
        var tree = ArticleParser.Parse(SourceText.From(
            "Page 2 of 3\r\nComments (4)\rShare this\n  12 comments \r\n© 2024 The Times\nReuters\nHome » News\n" +
            "A sentence that ends in a dollar sign $\n5 min read\n@handle\nwww.example.com\n\nxs sm md lg\nEnd"));
        Assert.DoesNotContain(tree.Lines, l => l.Text.Contains('\n') || l.Text.Contains('\r'));

        foreach (var (name, pattern) in RulePackLoader.BuiltInRegexSources())
        {
            var asWritten = new Regex(pattern, PackOptions);
            var forOneLine = new Regex(OneLinePattern.WithEndOfText(pattern), PackOptions);
            foreach (var line in tree.Lines)
            {
                Assert.True(asWritten.IsMatch(line.Text.Trim()) == forOneLine.IsMatch(line.Text.Trim()), $"{name} on '{line.Text}'");
                Assert.Equal(asWritten.Count(line.Text), forOneLine.Count(line.Text));
            }
        }
    }

    [Fact]
    public void OnTextWithALineBreakTheTwoFormsDiffer()
    {
        // Why the rewrite is for lines only: `$` also matches before a final line break, `\z` does not.
        Assert.Matches(new Regex("^a$"), "a\n");
        Assert.DoesNotMatch(new Regex(OneLinePattern.WithEndOfText("^a$")), "a\n");
    }
}
