using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace CorpusLint.Cli.Reporting;

/// <summary>
/// One file's part of a report, formatted ahead on the worker thread that checked the file (an
/// <see cref="IFileFormatter"/>). When the report goes to a UTF-8 stream it is encoded there too, and the report
/// copies the bytes as they are (the encoder is a <see cref="StreamWriter"/>'s, so the bytes are the ones the
/// report's own writer would make); otherwise it is text. Byte buffers are reused from file to file.
/// </summary>
internal sealed class FormattedFile
{
    // Buffers that grew past this are let go rather than kept for the next file.
    private const int MaxKeptCapacity = 4 << 20;

    private readonly MemoryStream? _bytes;

    private FormattedFile(TextWriter writer, MemoryStream? bytes)
    {
        Writer = writer;
        _bytes = bytes;
    }

    /// <summary>Where the formatter writes the file's part.</summary>
    public TextWriter Writer { get; }

    /// <summary>Copies the file's part to the report: the bytes to <paramref name="utf8Output"/> (under <paramref name="output"/>), or the text to <paramref name="output"/>.</summary>
    public void CopyTo(TextWriter output, Stream? utf8Output)
    {
        if (_bytes is null)
        {
            output.Write(((StringWriter)Writer).GetStringBuilder());
            return;
        }

        Writer.Flush();
        output.Flush();
        utf8Output!.Write(_bytes.GetBuffer(), 0, (int)_bytes.Length);
    }

    /// <summary>Formatted files for one report; they are handed out on worker threads and come back on the report's.</summary>
    public sealed class Pool(string newLine, Encoding? utf8)
    {
        private readonly ConcurrentBag<FormattedFile> _free = [];

        public FormattedFile Rent()
        {
            if (utf8 is null)
            {
                return new FormattedFile(new StringWriter(CultureInfo.InvariantCulture) { NewLine = newLine }, bytes: null);
            }

            if (!_free.TryTake(out var file))
            {
                var bytes = new MemoryStream(64 * 1024);
                file = new FormattedFile(new StreamWriter(bytes, utf8, 16 * 1024, leaveOpen: true) { NewLine = newLine }, bytes);
            }

            return file;
        }

        public void Return(FormattedFile file)
        {
            if (file._bytes is { } bytes && bytes.Capacity <= MaxKeptCapacity)
            {
                bytes.SetLength(0);
                _free.Add(file);
            }
        }
    }
}
