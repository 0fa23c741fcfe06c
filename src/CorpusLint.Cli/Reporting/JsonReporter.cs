using System.Text.Json;
using System.Text.Json.Nodes;
using CorpusLint.Cli.Linting;
using CorpusLint.Diagnostics;

namespace CorpusLint.Cli.Reporting;

/// <summary>
/// A stable JSON document for scripts; its shape is documented in docs/formats.md and versioned by the
/// top-level "version": fields may be added, but none is renamed or removed without raising it.
/// Lines and columns count from 1 (end columns point after the last character); offsets and lengths
/// count UTF-16 code units from the start of the decoded text, as the fix edits do.
/// </summary>
public sealed class JsonReporter(ToolIdentity tool) : IReporter
{
    public const int SchemaVersion = 1;

    private TextWriter _output = TextWriter.Null;
    private JsonSpool? _files;

    public void Begin(TextWriter output)
    {
        _output = output;
        _files = new JsonSpool();
        _files.Json.WriteStartObject();
        _files.MarkSplice();
        _files.Json.WriteStartArray("files");
    }

    public void WriteFile(FileReport report)
    {
        WriteFileEntry(_files!.Json, report);
        _files.EndItem();
    }

    // The summary comes before the files in the document, so the files wait in the spool until the counts are in.
    public void End(RunSummary summary)
    {
        using var files = _files!;
        files.Json.WriteEndArray();
        files.Json.WriteEndObject();
        using var writer = new JsonReportWriter(_output);
        writer.Json.WriteStartObject();
        writer.Json.WriteNumber("version", SchemaVersion);
        writer.WriteProperty("tool", new JsonObject { ["name"] = tool.Name, ["version"] = tool.Version });
        writer.WriteProperty("summary", Summary(summary));
        writer.Splice(files);
    }

    private static JsonObject Summary(RunSummary summary) => new()
    {
        ["files"] = summary.Files,
        ["diagnostics"] = summary.Diagnostics,
        ["errors"] = summary.Errors,
        ["warnings"] = summary.Warnings,
        ["info"] = summary.Infos,
        ["fixable"] = summary.Fixable,
        ["unreadableFiles"] = summary.FailedFiles,
    };

    // Written straight to the writer, not built as a JSON tree: a large run has a million diagnostics.
    private static void WriteFileEntry(Utf8JsonWriter json, FileReport report)
    {
        json.WriteStartObject();
        json.WriteString("path", report.File.DisplayPath);
        json.WriteString("error", report.Error);
        json.WriteStartArray("diagnostics");
        foreach (var diagnostic in report.Diagnostics)
        {
            WriteDiagnostic(json, diagnostic);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteDiagnostic(Utf8JsonWriter json, Diagnostic diagnostic)
    {
        var location = diagnostic.Location;
        json.WriteStartObject();
        json.WriteString("ruleId", diagnostic.Id);
        json.WriteString("severity", diagnostic.Severity.ToName());
        json.WriteString("category", diagnostic.Descriptor.Category);
        json.WriteString("message", diagnostic.Message);
        json.WriteNumber("line", location.Line);
        json.WriteNumber("column", location.Column);
        json.WriteNumber("endLine", location.End.Line + 1);
        json.WriteNumber("endColumn", location.End.Character + 1);
        json.WriteNumber("offset", location.Span.Start);
        json.WriteNumber("length", location.Span.Length);
        json.WriteNumber("confidence", diagnostic.Confidence);
        if (diagnostic.Fix is { } fix)
        {
            json.WriteStartObject("fix");
            json.WriteString("title", fix.Title);
            json.WriteString("safety", diagnostic.Descriptor.FixSafety == FixSafety.Unsafe ? "unsafe" : "safe");
            json.WriteBoolean("appliedByDefault", diagnostic.IsFixAppliedByDefault);
            json.WriteStartArray("edits");
            foreach (var change in fix.Changes)
            {
                json.WriteStartObject();
                json.WriteNumber("offset", change.Span.Start);
                json.WriteNumber("length", change.Span.Length);
                json.WriteString("newText", change.NewText);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("fix");
        }

        json.WriteEndObject();
    }
}
