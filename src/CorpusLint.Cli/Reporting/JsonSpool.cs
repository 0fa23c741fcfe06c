using System.Text.Json;

namespace CorpusLint.Cli.Reporting;

/// <summary>
/// The long array of a JSON or SARIF report (files, results), written item by item to a temporary file while
/// the run goes on, because the document puts what is only known at the end (the summary, the rules seen,
/// the unreadable files) before it. The items are written inside the same containers as in the real
/// document, so indentation and separators come out exactly as one writer would make them; from
/// <see cref="MarkSplice"/> on, the spooled bytes are the rest of the document after its header.
/// </summary>
internal sealed class JsonSpool : IDisposable
{
    private const int FlushBytes = 64 * 1024;

    private readonly FileStream _file = new(
        Path.Combine(Path.GetTempPath(), $"corpuslint-report-{Guid.NewGuid():N}.json"),
        FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);

    private long _splice;

    public JsonSpool()
    {
        Json = new Utf8JsonWriter(_file, JsonReportWriter.Options);
    }

    /// <summary>Opens the enclosing containers (before <see cref="MarkSplice"/>) and writes the array and its items.</summary>
    public Utf8JsonWriter Json { get; }

    /// <summary>Marks where the spliced part starts: just after the enclosing containers are opened.</summary>
    public void MarkSplice()
    {
        Json.Flush();
        _splice = _file.Position;
    }

    /// <summary>Called after each item written to <see cref="Json"/>: passes the written bytes on to the file now and then.</summary>
    public void EndItem()
    {
        if (Json.BytesPending >= FlushBytes)
        {
            Json.Flush();
        }
    }

    /// <summary>The spooled bytes from the splice mark on, once the containers are closed.</summary>
    public Stream ReadSpliced()
    {
        Json.Flush();
        _file.Position = _splice;
        return _file;
    }

    public void Dispose()
    {
        Json.Dispose();
        _file.Dispose();
    }
}
