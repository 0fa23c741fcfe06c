using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CorpusLint.Cli.Reporting;

/// <summary>
/// Writes a JSON or SARIF report: indented, LF line ends, non-ASCII article text left readable (the
/// documents are files and pipes, never HTML), a final newline. Items are small JSON trees written one at
/// a time and passed on in chunks, so a report on a large corpus never sits in memory twice.
/// </summary>
internal sealed class JsonReportWriter : IDisposable
{
    private const int ChunkBytes = 64 * 1024;

    public static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly TextWriter _output;
    private readonly MemoryStream _buffer = new();

    public JsonReportWriter(TextWriter output)
    {
        _output = output;
        Json = new Utf8JsonWriter(_buffer, Options);
    }

    /// <summary>The writer for the document's frame: objects and arrays that hold the items.</summary>
    public Utf8JsonWriter Json { get; }

    public void WriteProperty(string name, JsonNode node)
    {
        Json.WritePropertyName(name);
        node.WriteTo(Json);
    }

    public void WriteItem(JsonNode node)
    {
        node.WriteTo(Json);
        Json.Flush();
        if (_buffer.Length >= ChunkBytes)
        {
            PassOn();
        }
    }

    /// <summary>
    /// Ends the header written so far and continues the document with the spool's bytes (which close it): the
    /// next member of the innermost open object, hence the comma.
    /// </summary>
    public void Splice(JsonSpool spool)
    {
        Json.Flush();
        _buffer.WriteByte((byte)',');
        PassOn();
        var spliced = spool.ReadSpliced();
        var decoder = Encoding.UTF8.GetDecoder();
        var bytes = new byte[ChunkBytes];
        var chars = new char[Encoding.UTF8.GetMaxCharCount(ChunkBytes)];
        int read;
        do
        {
            read = spliced.Read(bytes);
            int count = decoder.GetChars(bytes, 0, read, chars, 0, flush: read == 0);
            _output.Write(chars, 0, count);
        }
        while (read > 0);
    }

    public void Dispose()
    {
        Json.Flush();
        PassOn();
        _output.Write('\n');
        Json.Dispose();
        _buffer.Dispose();
    }

    // After a flush the buffer ends between tokens, so it holds whole UTF-8 sequences.
    private void PassOn()
    {
        _output.Write(Encoding.UTF8.GetString(_buffer.GetBuffer(), 0, (int)_buffer.Length));
        _buffer.SetLength(0);
    }
}
