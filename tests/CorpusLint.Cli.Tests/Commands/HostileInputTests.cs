using System.Text;

namespace CorpusLint.Cli.Tests.Commands;

/// <summary>
/// Odd and hostile files, each run beside an ordinary file with junk in it: the odd one gets a message
/// naming it and the reason and is left exactly as it was, and the run goes on to fix the ordinary one.
/// </summary>
public class HostileInputTests
{
    private const string Ordinary = "Council approves bridge\n\nShare\n\nThe council voted on Tuesday to approve a new bridge across the river.\n";
    private const string OrdinaryFixed = "Council approves bridge\n\nThe council voted on Tuesday to approve a new bridge across the river.\n";

    public static TheoryData<string, byte[], string> UnreadableFiles => new()
    {
        { "binary", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00, 0xFF, 0x10], "not readable as text: binary data (a NUL byte), not text at byte offset 6" },
        { "invalid UTF-8", [.. "Title\n\nCaf"u8, 0xE9, .. " au lait.\n"u8], "not readable as text: invalid UTF-8 at byte offset 10" },
        { "UTF-16 without BOM", Encoding.Unicode.GetBytes(Ordinary), "not readable as text: looks like UTF-16 without a byte order mark; re-save it as UTF-8" },
        { "UTF-16 with an odd byte count", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Title\n"), 0x41], "not readable as text: UTF-16 text with an odd number of bytes" },
    };

    [Theory]
    [MemberData(nameof(UnreadableFiles))]
    public void AFileThatIsNotTextIsAnErrorNamingItAndTheRunGoesOn(string kind, byte[] content, string reason)
    {
        using var corpus = new TempCorpus();
        corpus.Write("corpus/bad.txt", content);
        corpus.Write("corpus/good.txt", Ordinary);

        var result = CliRunner.Run(corpus.Root, "fix", "corpus");
        Assert.True(2 == result.ExitCode, kind);
        Assert.Contains($"error: corpus/bad.txt: {reason}", result.Error);
        Assert.Equal(content, File.ReadAllBytes(corpus.PathOf("corpus/bad.txt")));
        Assert.Equal(OrdinaryFixed, File.ReadAllText(corpus.PathOf("corpus/good.txt")));
    }

    [Theory]
    [InlineData("utf-16LE")]
    [InlineData("utf-16BE")]
    public void UnicodeWithAByteOrderMarkIsReadAndWrittenBackAsUtf8(string encodingName)
    {
        using var corpus = new TempCorpus();
        var encoding = Encoding.GetEncoding(encodingName);
        corpus.Write("a.txt", [.. encoding.GetPreamble(), .. encoding.GetBytes(Ordinary.Replace("\n", "\r\n"))]);

        var result = CliRunner.Run(corpus.Root, "fix", "a.txt");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Encoding.UTF8.GetBytes(OrdinaryFixed), File.ReadAllBytes(corpus.PathOf("a.txt")));
    }

    [Fact]
    public void MixedLineEndingsBecomeLf()
    {
        using var corpus = new TempCorpus();
        corpus.Write("a.txt", "Council approves bridge\r\n\rThe council voted on Tuesday.\n\r\nIt will open in 2027.\r");
        Assert.Equal(0, CliRunner.Run(corpus.Root, "fix", "a.txt").ExitCode);
        Assert.Equal("Council approves bridge\n\nThe council voted on Tuesday.\n\nIt will open in 2027.\n", File.ReadAllText(corpus.PathOf("a.txt")));
    }

    [Fact]
    public void AFileOverTheSizeLimitIsRefusedWithoutReadingIt()
    {
        // A sparse 1 GB file: reading it would cost a gigabyte; refusing it costs nothing.
        using var corpus = new TempCorpus();
        var huge = corpus.PathOf("corpus/huge.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(huge)!);
        using (var stream = File.Create(huge))
        {
            stream.SetLength(1L << 30);
        }

        corpus.Write("corpus/good.txt", Ordinary);
        var result = CliRunner.Run(corpus.Root, "fix", "corpus");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error: corpus/huge.txt: larger than the limit of 16 MB; not read (raise it with --max-file-size)", result.Error);
        Assert.Equal(1L << 30, new FileInfo(huge).Length);
        Assert.Equal(OrdinaryFixed, File.ReadAllText(corpus.PathOf("corpus/good.txt")));
    }

    [Fact]
    public void TheSizeLimitIsAnOptionAndAppliesToStandardInputToo()
    {
        using var corpus = new TempCorpus();
        corpus.Write("a.txt", Ordinary);
        var file = CliRunner.Run(corpus.Root, "check", "a.txt", "--max-file-size", "64");
        Assert.Equal(2, file.ExitCode);
        Assert.Contains("error: a.txt: larger than the limit of 64 bytes", file.Error);

        var piped = CliRunner.RunWithInput(corpus.Root, Ordinary, "fix", "-", "--max-file-size", "64");
        Assert.Equal(2, piped.ExitCode);
        Assert.Contains("error: <stdin>: larger than the limit of 64 bytes", piped.Error);
        Assert.Equal(string.Empty, piped.Out);

        var bad = CliRunner.Run(corpus.Root, "check", "a.txt", "--max-file-size", "lots");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("--max-file-size: 'lots' is not a size", bad.Error);
    }

    [Fact]
    public void ATenMegabyteSingleLineIsFixed()
    {
        // Normalising it must fold the double spaces and keep every word; a quadratic step would never finish.
        using var corpus = new TempCorpus();
        var words = string.Join("  ", Enumerable.Range(0, 1_400_000).Select(i => i % 7 == 0 ? "river" : "bridge"));
        corpus.Write("long.txt", "Title\n\n" + words + ".\n");
        Assert.True(new FileInfo(corpus.PathOf("long.txt")).Length > 10_000_000);

        var result = CliRunner.Run(corpus.Root, "fix", "long.txt");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("Title\n\n" + words.Replace("  ", " ") + ".\n", File.ReadAllText(corpus.PathOf("long.txt")));
    }

    [Fact]
    public void AnEmptyFileStaysEmpty()
    {
        using var corpus = new TempCorpus();
        corpus.Write("empty.txt", []);
        var result = CliRunner.Run(corpus.Root, "fix", "empty.txt");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(0, new FileInfo(corpus.PathOf("empty.txt")).Length);
    }

    [Theory]
    [InlineData("   \n\n\t\r\n", "The file holds only whitespace")]
    [InlineData("Share\n\nTweet\n\nEmail\n", "Every line of the file is junk")]
    public void AFileThatFixingWouldEmptyIsLeftAsItIsWithADiagnostic(string content, string reason)
    {
        using var corpus = new TempCorpus();
        corpus.Write("corpus/odd.txt", content);
        corpus.Write("corpus/good.txt", Ordinary);

        var result = CliRunner.Run(corpus.Root, "fix", "corpus");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"corpus/odd.txt(1,1): error CL0003: {reason}", result.Out);
        Assert.Contains("1 not fixed", result.Out);
        Assert.Equal(content, File.ReadAllText(corpus.PathOf("corpus/odd.txt")));
        Assert.Equal(OrdinaryFixed, File.ReadAllText(corpus.PathOf("corpus/good.txt")));
    }
}
