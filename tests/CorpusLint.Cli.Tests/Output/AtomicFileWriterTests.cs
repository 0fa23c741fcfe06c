using System.Runtime.Versioning;
using System.Text;
using CorpusLint.Cli.Output;

namespace CorpusLint.Cli.Tests.Output;

// The Unix-only tests skip themselves on Windows; this tells the platform analyzer so.
[UnsupportedOSPlatform("windows")]
public class AtomicFileWriterTests
{
    private static readonly byte[] Original = Encoding.UTF8.GetBytes("Title\n\nShare\n\nBody.\n");
    private static readonly byte[] Clean = Encoding.UTF8.GetBytes("Title\n\nBody.\n");

    [Fact]
    public void ReplacesTheContentAndLeavesNoTemporaryFile()
    {
        using var corpus = new TempCorpus();
        var path = corpus.Write("a.txt", Original);
        AtomicFileWriter.Write(path, Clean, expectedCurrentContent: Original);
        Assert.Equal(Clean, File.ReadAllBytes(path));
        Assert.Equal(["a.txt"], corpus.Snapshot().Keys);
    }

    [SkippableFact]
    public void KeepsTheFilesMode()
    {
        Skip.If(OperatingSystem.IsWindows(), "Unix file modes only");
        using var corpus = new TempCorpus();
        var path = corpus.Write("a.txt", Original);
        var mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead;
        File.SetUnixFileMode(path, mode);
        AtomicFileWriter.Write(path, Clean, Original);
        Assert.Equal(mode, File.GetUnixFileMode(path));
    }

    [Fact]
    public void AFailedWriteLeavesTheOriginalUntouched()
    {
        // The disk fills up half-way through the temporary file.
        using var corpus = new TempCorpus();
        var path = corpus.Write("a.txt", Original);
        var error = Assert.Throws<IOException>(() => AtomicFileWriter.Write(path, Clean, Original, temp => new DiskFullAfter(new FileStream(temp, FileMode.CreateNew), bytes: 4)));
        Assert.Contains("No space left on device", error.Message);
        Assert.Equal(Original, File.ReadAllBytes(path));
        Assert.Equal(["a.txt"], corpus.Snapshot().Keys);
    }

    [Fact]
    public void AFileThatChangedSinceItWasReadIsLeftAlone()
    {
        using var corpus = new TempCorpus();
        var path = corpus.Write("a.txt", Original);
        var edited = Encoding.UTF8.GetBytes("Someone else's edit\n");
        File.WriteAllBytes(path, edited);
        var error = Assert.Throws<IOException>(() => AtomicFileWriter.Write(path, Clean, expectedCurrentContent: Original));
        Assert.Contains("changed on disk since it was read", error.Message);
        Assert.Equal(edited, File.ReadAllBytes(path));
        Assert.Equal(["a.txt"], corpus.Snapshot().Keys);
    }

    [SkippableFact]
    public void AReadOnlyFileIsLeftAloneEvenForRoot()
    {
        Skip.If(OperatingSystem.IsWindows(), "Unix file modes only");
        using var corpus = new TempCorpus();
        var path = corpus.Write("a.txt", Original);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead);
        var error = Assert.Throws<UnauthorizedAccessException>(() => AtomicFileWriter.Write(path, Clean, Original));
        Assert.Contains("read-only", error.Message);
        Assert.Equal(Original, File.ReadAllBytes(path));
    }

    [SkippableFact]
    public void AFolderWithoutWritePermissionFailsCleanly()
    {
        Skip.If(OperatingSystem.IsWindows(), "Unix file modes only");
        Skip.If(Environment.IsPrivilegedProcess, "running as root, which may write into any folder; AFolderWithoutWritePermissionFailsCleanlyForTheTool covers it as an unprivileged user");
        using var corpus = new TempCorpus();
        var path = corpus.Write("locked/a.txt", Original);
        var folder = Path.GetDirectoryName(path)!;
        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        try
        {
            Assert.Throws<UnauthorizedAccessException>(() => AtomicFileWriter.Write(path, Clean, Original));
            Assert.Equal(Original, File.ReadAllBytes(path));
        }
        finally
        {
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [SkippableFact]
    public void AFolderWithoutWritePermissionFailsCleanlyForTheTool()
    {
        // As root, the tool runs as the unprivileged user, for whom root's folder is not writable (the file is).
        Skip.If(OperatingSystem.IsWindows(), "Unix file modes only");
        Skip.IfNot(Environment.IsPrivilegedProcess, "not running as root; AFolderWithoutWritePermissionFailsCleanly covers it in process");
        var cannot = ToolProcess.WhyCannotRunUnprivileged();
        Skip.If(cannot is not null, cannot);
        using var corpus = new TempCorpus();
        var path = corpus.Write("corpus/a.txt", Original);
        File.SetUnixFileMode(path, (UnixFileMode)0b110_110_110);
        File.SetUnixFileMode(corpus.PathOf("corpus"), (UnixFileMode)0b111_101_101);

        var result = ToolProcess.Run(corpus.Root, ["fix", "corpus"], unprivileged: true);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error: corpus/a.txt: cannot write the fixed file: Access to the path", result.Error);
        Assert.Equal(Original, File.ReadAllBytes(path));
        Assert.Equal(["a.txt"], Directory.GetFiles(corpus.PathOf("corpus")).Select(Path.GetFileName));
    }

    [SkippableFact]
    public void WritesThroughASymbolicLinkAndKeepsTheLink()
    {
        Skip.If(OperatingSystem.IsWindows(), "symbolic links need privileges on Windows");
        using var corpus = new TempCorpus();
        var target = corpus.Write("real/a.txt", Original);
        var link = corpus.PathOf("a.txt");
        File.CreateSymbolicLink(link, target);
        AtomicFileWriter.Write(link, Clean, Original);
        Assert.Equal(target, new FileInfo(link).LinkTarget);
        Assert.Equal(Clean, File.ReadAllBytes(target));
    }

    /// <summary>A stream that fails like a full disk once it has taken a few bytes.</summary>
    private sealed class DiskFullAfter(Stream inner, int bytes) : Stream
    {
        private int _left = bytes;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => inner.Length;

        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            int now = Math.Min(_left, buffer.Length);
            inner.Write(buffer[..now]);
            _left -= now;
            if (now < buffer.Length)
            {
                throw new IOException("No space left on device");
            }
        }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
