using CorpusLint.Cli.Files;
using CorpusLint.Cli.Linting;

namespace CorpusLint.Cli.Tests.Linting;

public class InputReaderTests
{
    private static readonly InputFile StandardInput = new(null, "<stdin>", "stdin");

    [Fact]
    public void AnEndlessPipeIsCutOffAtTheLimit()
    {
        // A stream with no length that never ends (like `yes | corpuslint fix -`): reading must stop at the limit.
        var (bytes, text, error) = InputReader.Read(StandardInput, () => new EndlessStream(), maxFileSize: 1 << 20);
        Assert.Null(bytes);
        Assert.Null(text);
        Assert.Equal("<stdin>: larger than the limit of 1 MB; not read (raise it with --max-file-size)", error);
    }

    [Theory]
    [InlineData(100, 100, true)]
    [InlineData(101, 100, false)]
    public void APipeUpToTheLimitIsRead(int length, int limit, bool read)
    {
        var content = Enumerable.Repeat((byte)'a', length).ToArray();
        var (bytes, _, error) = InputReader.Read(StandardInput, () => new EndlessStream(content), limit);
        Assert.Equal(read, error is null);
        Assert.Equal(read ? content : null, bytes);
    }

    [Theory]
    [InlineData(100, 100, 100, true)]
    [InlineData(101, 101, 100, false)]
    [InlineData(50, 80, 100, true)]
    [InlineData(50, 120, 100, false)]
    public void AFileThatGrowsWhileItIsReadIsReadWhole(int claimedLength, int length, int limit, bool read)
    {
        // A file is read into an array of the size the file system gives; if that was stale, it is read again.
        var content = Enumerable.Range(0, length).Select(i => (byte)('a' + i % 26)).ToArray();
        var (bytes, _, error) = InputReader.Read(StandardInput, () => new StaleLengthStream(content, claimedLength), limit);
        Assert.Equal(read, error is null);
        Assert.Equal(read ? content : null, bytes);
    }

    /// <summary>A seekable stream whose length is stale: the file grew after the file system was asked.</summary>
    private sealed class StaleLengthStream(byte[] content, long claimedLength) : MemoryStream(content)
    {
        public override long Length => claimedLength;
    }

    /// <summary>A forward-only stream: the given bytes, or 'x' for ever when none are given.</summary>
    private sealed class EndlessStream(byte[]? content = null) : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (content is null)
            {
                buffer.AsSpan(offset, count).Fill((byte)'x');
                _position += count;
                return count;
            }

            int n = (int)Math.Min(count, content.Length - _position);
            content.AsSpan((int)_position, n).CopyTo(buffer.AsSpan(offset));
            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
