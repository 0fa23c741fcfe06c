using System.Collections.Concurrent;

namespace CorpusLint.Cli.Reporting;

/// <summary>
/// One file's part of a report, formatted ahead as UTF-8 on the worker thread that checked the file (an
/// <see cref="IFileFormatter"/>). When the report goes to a UTF-8 stream the report copies the bytes as they
/// are; otherwise it decodes them. Buffers are reused from file to file.
/// </summary>
internal sealed class FormattedFile
{
    // Buffers that grew past this are let go rather than kept for the next file.
    private const int MaxKeptCapacity = 4 << 20;

    private FormattedFile(Utf8Builder text) => Text = text;

    /// <summary>Where the formatter appends the file's part.</summary>
    public Utf8Builder Text { get; }

    /// <summary>Copies the file's part to the report: the bytes to <paramref name="utf8Output"/> (under <paramref name="output"/>), or the text to <paramref name="output"/>.</summary>
    public void CopyTo(TextWriter output, Stream? utf8Output)
    {
        if (utf8Output is null)
        {
            Text.WriteTo(output);
            return;
        }

        output.Flush();
        utf8Output.Write(Text.Written);
    }

    /// <summary>Formatted files for one report; they are handed out on worker threads and come back on the report's.</summary>
    public sealed class Pool(string newLine)
    {
        private readonly ConcurrentBag<FormattedFile> _free = [];

        public FormattedFile Rent() => _free.TryTake(out var file) ? file : new FormattedFile(new Utf8Builder(newLine, 64 * 1024));

        public void Return(FormattedFile file)
        {
            if (file.Text.Capacity <= MaxKeptCapacity)
            {
                file.Text.Clear();
                _free.Add(file);
            }
        }
    }
}
