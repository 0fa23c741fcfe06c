using System.Globalization;
using System.Text;
using CorpusLint.Diagnostics;

namespace CorpusLint.Core.Tests.Diagnostics;

public class MessageTemplateTests
{
    [Theory]
    [InlineData("Share label '{0}' is not article text", "Share label 'Tweet' is not article text")]
    [InlineData("Paragraph '{0}' repeats line {1}", "Paragraph 'Tweet' repeats line 42")]
    [InlineData("{1}{0}{1}", "42Tweet42")]
    [InlineData("{{literal}} '{0}'", "{literal} 'Tweet'")]
    [InlineData("no arguments used", "no arguments used")]
    public void FillsTheArgumentsAsTheFormatSays(string format, string expected) =>
        Assert.Equal(expected, Descriptor(format).FormatMessage("Tweet", 42));

    [Fact]
    public void AFormatWithAlignmentOrFormatStringsIsFilledAsStringFormatFillsIt() =>
        Assert.Equal("[   Tweet] 0.50", Descriptor("[{0,8}] {1:F2}").FormatMessage("Tweet", 0.5));

    [Fact]
    public void AMissingArgumentFailsAsStringFormatDoes() =>
        Assert.Throws<FormatException>(() => Descriptor("'{0}' and '{1}'").FormatMessage("Tweet"));

    [Fact]
    public void DescriptorsWithTheSameTextStayEqual()
    {
        Assert.Equal(Descriptor("'{0}'"), Descriptor("'{0}'"));
        Assert.Equal(Descriptor("'{0}'").GetHashCode(), Descriptor("'{0}'").GetHashCode());
        Assert.NotEqual(Descriptor("'{0}'"), Descriptor("'{0}'!"));
    }

    [Fact]
    public void AFormatChangedByWithIsTheOneFilled() =>
        Assert.Equal("now Tweet", (Descriptor("was {0}") with { MessageFormat = "now {0}" }).FormatMessage("Tweet"));

    // Random formats over the characters that matter to the format syntax, with arguments of every kind a rule
    // passes (and some it does not): the message, or the exception's type, is always string.Format's.
    [Fact]
    public void EveryFormatIsFilledAsStringFormatFillsIt()
    {
        var random = new Random(20261207);
        // Single characters make mostly broken formats; whole items make mostly valid ones, read by the template.
        string[] pieces = ["{", "}", "0", "1", ",", ":", "a", " ", "'", "{0}", "{1}", "{2}", "{{", "}}", "{0,4}", "{1:F1}", "{00}", "{ 0}"];
        object?[] arguments = ["Tweet", 42, -1.25, null, 'c', 7L, new Uri("https://example.com/a"), "{0}", 1e21, DateTime.UnixEpoch];
        for (int round = 0; round < 20_000; round++)
        {
            var format = new StringBuilder();
            for (int i = random.Next(12); i > 0; i--)
            {
                format.Append(pieces[random.Next(round % 2 == 0 ? 9 : pieces.Length)]);
            }

            var args = Enumerable.Range(0, random.Next(1, 4)).Select(_ => arguments[random.Next(arguments.Length)]).ToArray();
            string expected;
            try
            {
                expected = string.Format(CultureInfo.InvariantCulture, format.ToString(), args);
            }
            catch (FormatException)
            {
                Assert.Throws<FormatException>(() => Descriptor(format.ToString()).FormatMessage(args));
                continue;
            }

            string actual = Descriptor(format.ToString()).FormatMessage(args);
            Assert.True(expected == actual, $"format \"{format}\": expected \"{expected}\", got \"{actual}\"");
        }
    }

    private static DiagnosticDescriptor Descriptor(string format) =>
        new("CL9999", "Test", format, "Test", Severity.Warning, FixSafety.None, "A rule for tests.");
}
