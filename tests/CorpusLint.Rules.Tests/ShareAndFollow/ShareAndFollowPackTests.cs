using CorpusLint.Rules.Packs;

namespace CorpusLint.Rules.Tests.ShareAndFollow;

public class ShareAndFollowPackTests
{
    private static PhraseRule Rule(string id) => RulePackLoader.LoadBuiltIn().Single(r => r.Descriptor.Id == id);

    [Theory]
    [InlineData("Share post:")]
    [InlineData("Show Buttons")]
    [InlineData("| Tweet |")]
    [InlineData("Email this")]
    public void ShareLabelsAreFlagged(string line)
    {
        Assert.Equal([1], RuleTester.FlaggedLines(Rule("CL2001"), line + "\n"));
    }

    [Theory]
    [InlineData("Share prices fell sharply on Monday as investors took fright.")]
    [InlineData("She would not share the details of the email with reporters.")]
    public void SentencesThatMentionSharingAreNotFlagged(string line)
    {
        Assert.Empty(RuleTester.FlaggedLines(Rule("CL2001"), line + "\n"));
    }

    [Theory]
    [InlineData("Follow us on Twitter @ExampleNews", true)]
    [InlineData("Subscribe to our daily newsletter", true)]
    [InlineData("@ExampleNews", true)]
    [InlineData("Officials said they would follow us on the trip if the weather allowed it, but they never came.", false)]
    [InlineData("Protesters asked the crowd to follow them to the square.", false)]
    public void FollowPromptsAreFlaggedButProseIsNot(string line, bool flagged)
    {
        Assert.Equal(flagged, RuleTester.FlaggedLines(Rule("CL2002"), line + "\n").Length == 1);
    }
}
