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

    // Out of order, over several lines, fixes titled like their message or not, several changes, empty and
    // non-ASCII texts, each severity and confidences other than 1: everything the compact form encodes specially.
    private static readonly List<Diagnostic> Diagnostics =
    [
        Make(Safe, 120, 5, (4, 0), (4, 5), "Line 'Share' is junk", Severity.Warning, new CodeFix("Line 'Share' is junk", [new TextChange(new TextSpan(119, 6), "")])),
        Make(Unsafe, 7, 300, (1, 2), (3, 17), "Zwei Zeilen — “quoted”", Severity.Info, new CodeFix("Join the lines", [new TextChange(new TextSpan(7, 1), " "), new TextChange(new TextSpan(60, 2), "\n\n")]), 0.75),
        Make(Safe, 0, 0, (0, 0), (0, 0), "", Severity.Error, null, 0.9),
        Make(Unsafe, 5000, 12, (90, 1), (90, 13), "Line 'Share' is junk", Severity.None, new CodeFix("Remove the line", [new TextChange(new TextSpan(4990, 30), "é")]), 1.0 / 3),
    ];

    [Fact]
    public void ADiagnosticComesBackAsItWasWritten()
    {
        var read = DiagnosticCodec.Read(DiagnosticCodec.Write(Diagnostics), "news/a.txt", Descriptors);
        Assert.NotNull(read);
        Assert.Equal(Diagnostics.Count, read.Count);
        for (int i = 0; i < Diagnostics.Count; i++)
        {
            var (expected, actual) = (Diagnostics[i], read[i]);
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
    public void AnEntryNamingARuleThisBuildDoesNotHaveIsNotRead()
    {
        Assert.Null(DiagnosticCodec.Read(DiagnosticCodec.Write(Diagnostics), "a.txt", new Dictionary<string, DiagnosticDescriptor> { [Safe.Id] = Safe }));
    }

    [Fact]
    public void ADamagedEntryIsAFormatErrorNeverAnotherFailure()
    {
        // The folder file's checksum catches damage first; an entry of another build that passes it must still
        // never crash a run or loop: every cut and every flipped byte either reads or throws FormatException.
        var entry = DiagnosticCodec.Write(Diagnostics);
        for (int length = 0; length < entry.Length; length++)
        {
            Assert.Throws<FormatException>(() => DiagnosticCodec.Read(entry.AsSpan(0, length), "a.txt", Descriptors));
        }

        for (int at = 0; at < entry.Length; at++)
        {
            foreach (byte mask in new byte[] { 0x01, 0x80, 0xFF })
            {
                var damaged = entry.ToArray();
                damaged[at] ^= mask;
                var exception = Record.Exception(() => DiagnosticCodec.Read(damaged, "a.txt", Descriptors));
                Assert.True(exception is null or FormatException or ArgumentException, $"byte {at} ^ {mask:X2}: {exception}");
            }
        }
    }

    private static Diagnostic Make(DiagnosticDescriptor rule, int start, int length, (int Line, int Character) from, (int Line, int Character) to, string message, Severity severity, CodeFix? fix, double confidence = 1.0) =>
        new(rule, new Location("news/a.txt", new TextSpan(start, length), new LinePosition(from.Line, from.Character), new LinePosition(to.Line, to.Character)), message, severity, fix, confidence);
}
