using CorpusLint.Cli.Caching;
using CorpusLint.Diagnostics;
using CorpusLint.Text;

namespace CorpusLint.Cli.Tests.Caching;

public class DiagnosticCodecTests
{
    private static readonly DiagnosticDescriptor Safe = new("CL9901", "Safe rule", "Line '{0}' is junk", "Test", Severity.Warning, FixSafety.Safe, "A test rule.");

    private static readonly DiagnosticDescriptor Unsafe = new("CL9902", "Unsafe rule", "{0}", "Test", Severity.Info, FixSafety.Unsafe, "A test rule.")
    {
        DefaultFixConfidence = 0.8,
    };

    private static readonly Dictionary<string, DiagnosticDescriptor> Descriptors = new() { [Safe.Id] = Safe, [Unsafe.Id] = Unsafe };

    // The file the messages quote: a quote runs from a diagnostic's start, whole or cut ("…"), and may end inside
    // a surrogate pair the message goes on differently from.
    private static readonly string Text = new string('x', 7) + "Zwei Zeilen und mehr, quoted here" + new string('y', 80) + "Share this article now\n"
        + new string('z', 4880) + "Related: a headline about 😀 emoji" + new string('w', 200);

    private static readonly int Share = Text.IndexOf("Share", StringComparison.Ordinal);

    private static readonly int Related = Text.IndexOf("Related", StringComparison.Ordinal);

    // Out of order, over several lines, fixes titled like their message or not, several changes, empty and
    // non-ASCII texts, each severity and confidences other than 1, whole, cut and too short quotes of the text:
    // everything the compact form encodes specially.
    private static readonly List<Diagnostic> Diagnostics =
    [
        Make(Safe, Share, 21, (4, 0), (4, 21), "Line 'Share this article now' is junk", Severity.Warning, new CodeFix("Line 'Share this article now' is junk", [new TextChange(new TextSpan(Share - 1, 22), "")])),
        Make(Unsafe, 7, 300, (1, 2), (3, 17), "Zwei Zeilen und mehr, quo… — “quoted”", Severity.Info, new CodeFix("Join the lines", [new TextChange(new TextSpan(7, 1), " "), new TextChange(new TextSpan(60, 2), "\n\n")]), 0.75),
        Make(Safe, 0, 0, (0, 0), (0, 0), "", Severity.Error, null, 0.9),
        Make(Unsafe, Related, 12, (90, 1), (90, 13), "Line 'Related: a headline about 😁 emoji' is junk", Severity.None, new CodeFix("Remove the line", [new TextChange(new TextSpan(Related - 10, 30), "é")]), 1.0 / 3),
        Make(Safe, Share, 5, (4, 0), (4, 5), "Line 'Share' is junk", Severity.Warning, null),
    ];

    [Fact]
    public void ADiagnosticComesBackAsItWasWritten() => AssertComesBack(Diagnostics);

    /// <summary>
    /// An entry far larger than the writer's first buffer, whose fix titles and replacement texts are the same
    /// object, equal texts in other objects, and more distinct texts than the writer remembers by object.
    /// </summary>
    [Fact]
    public void ManyDiagnosticsSharingStringsOrNotComeBackAsTheyWereWritten()
    {
        const string Shared = "Remove the line";
        var many = Enumerable.Range(0, 3000).Select(i =>
        {
            string title = (i % 3) switch { 0 => Shared, 1 => new string(Shared.AsSpan()), _ => $"Title {i % 200}" };
            string replacement = (i % 4) switch { 0 => "", 1 => new string('\n', 1), _ => $"text {i % 150}" };
            var fix = new CodeFix(title, [new TextChange(new TextSpan(i, 1), replacement)]);
            return Make(i % 2 == 0 ? Safe : Unsafe, i, 1, (i, 0), (i, 1), $"Message {i % 97}", Severity.Warning, fix);
        }).ToList();

        AssertComesBack(many);
    }

    /// <summary>
    /// Quoting messages whose texts around the quote have the same length and end characters but differ inside
    /// (the writer compares a piece with the one last seen in its slot before it hashes it), in an order that
    /// returns to earlier pieces.
    /// </summary>
    [Fact]
    public void QuotingMessagesWithPiecesAlikeAtTheirEndsComeBackAsTheyWereWritten()
    {
        var many = Enumerable.Range(0, 500).Select(i =>
            Make(Safe, Share, 21, (4, 0), (4, 21), $"L{i % 7}e '" + "Share this article now" + $"' is {i % 5}{i % 3}k", Severity.Warning, null)).ToList();

        AssertComesBack(many);
    }

    private static void AssertComesBack(List<Diagnostic> diagnostics)
    {
        var read = DiagnosticCodec.Read(DiagnosticCodec.Write(diagnostics, Text), "news/a.txt", Descriptors, () => Text);
        Assert.NotNull(read);
        Assert.Equal(diagnostics.Count, read.Count);
        for (int i = 0; i < diagnostics.Count; i++)
        {
            var (expected, actual) = (diagnostics[i], read[i]);
            Assert.Same(expected.Descriptor, actual.Descriptor);
            Assert.Equal(expected.Location, actual.Location);
            Assert.Equal(expected.Message, actual.Message);
            Assert.Equal(expected.Severity, actual.Severity);
            Assert.Equal(expected.Confidence, actual.Confidence);
            Assert.Equal(expected.Fix?.Title, actual.Fix?.Title);
            Assert.Equal(expected.Fix?.Changes ?? [], actual.Fix?.Changes ?? []);
        }
    }

    [Fact]
    public void AQuoteOfTheTextIsKeptAsItsLengthAndReadFromTheText()
    {
        var withQuotes = DiagnosticCodec.Write(Diagnostics, Text);
        var withoutQuotes = DiagnosticCodec.Write(Diagnostics, new string('-', Text.Length));
        Assert.True(withQuotes.Length < withoutQuotes.Length - 40, $"{withQuotes.Length} bytes with quotes, {withoutQuotes.Length} without");

        // The entry holds the quote's length, not its text: read against another text, the message quotes that one.
        var other = Text.Replace("Share this article now", "Shout this article out", StringComparison.Ordinal);
        var read = DiagnosticCodec.Read(withQuotes, "a.txt", Descriptors, () => other);
        Assert.Equal("Line 'Shout this article out' is junk", read![0].Message);
    }

    [Fact]
    public void AnEntryWithoutQuotesNeverAsksForTheText()
    {
        List<Diagnostic> unquoted = [Make(Safe, 0, 5, (0, 0), (0, 5), "No blank line between two paragraphs", Severity.Warning, null)];
        var read = DiagnosticCodec.Read(DiagnosticCodec.Write(unquoted, Text), "a.txt", Descriptors, () => throw new InvalidOperationException("asked for the text"));
        Assert.Equal(unquoted[0].Message, read![0].Message);
    }

    [Fact]
    public void AQuoteBeyondTheTextIsAFormatError()
    {
        var entry = DiagnosticCodec.Write(Diagnostics, Text);
        Assert.Throws<FormatException>(() => DiagnosticCodec.Read(entry, "a.txt", Descriptors, () => Text[..(Share + 10)]));
    }

    [Fact]
    public void AnEntryNamingARuleThisBuildDoesNotHaveIsNotRead()
    {
        Assert.Null(DiagnosticCodec.Read(DiagnosticCodec.Write(Diagnostics, Text), "a.txt", new Dictionary<string, DiagnosticDescriptor> { [Safe.Id] = Safe }, () => Text));
    }

    [Fact]
    public void ADamagedEntryIsAFormatErrorNeverAnotherFailure()
    {
        // The folder file's checksum catches damage first; an entry of another build that passes it must still
        // never crash a run or loop: every cut and every flipped byte either reads or throws FormatException.
        var entry = DiagnosticCodec.Write(Diagnostics, Text);
        for (int length = 0; length < entry.Length; length++)
        {
            Assert.Throws<FormatException>(() => DiagnosticCodec.Read(entry.AsSpan(0, length), "a.txt", Descriptors, () => Text));
        }

        for (int at = 0; at < entry.Length; at++)
        {
            foreach (byte mask in new byte[] { 0x01, 0x80, 0xFF })
            {
                var damaged = entry.ToArray();
                damaged[at] ^= mask;
                var exception = Record.Exception(() => DiagnosticCodec.Read(damaged, "a.txt", Descriptors, () => Text));
                Assert.True(exception is null or FormatException or ArgumentException, $"byte {at} ^ {mask:X2}: {exception}");
            }
        }
    }

    private static Diagnostic Make(DiagnosticDescriptor rule, int start, int length, (int Line, int Character) from, (int Line, int Character) to, string message, Severity severity, CodeFix? fix, double confidence = 1.0) =>
        new(rule, new Location("news/a.txt", new TextSpan(start, length), new LinePosition(from.Line, from.Character), new LinePosition(to.Line, to.Character)), message, severity, fix, confidence);
}
