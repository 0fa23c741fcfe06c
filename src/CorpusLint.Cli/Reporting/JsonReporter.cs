using System.Text.Json;
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

    public void Write(IReadOnlyList<FileReport> reports, TextWriter output) => JsonReports.Write(output, json =>
    {
        json.WriteStartObject();
        json.WriteNumber("version", SchemaVersion);
        json.WriteStartObject("tool");
        json.WriteString("name", tool.Name);
        json.WriteString("version", tool.Version);
        json.WriteEndObject();
        WriteSummary(json, RunSummary.Of(reports));
        json.WriteStartArray("files");
        foreach (var report in reports)
        {
            WriteFile(json, report);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });

    private static void WriteSummary(Utf8JsonWriter json, RunSummary summary)
    {
        json.WriteStartObject("summary");
        json.WriteNumber("files", summary.Files);
        json.WriteNumber("diagnostics", summary.Diagnostics);
        json.WriteNumber("errors", summary.Errors);
        json.WriteNumber("warnings", summary.Warnings);
        json.WriteNumber("info", summary.Infos);
        json.WriteNumber("fixable", summary.Fixable);
        json.WriteNumber("unreadableFiles", summary.FailedFiles);
        json.WriteEndObject();
    }

    private static void WriteFile(Utf8JsonWriter json, FileReport report)
    {
        json.WriteStartObject();
        json.WriteString("path", report.File.DisplayPath);
        if (report.Error is { } error)
        {
            json.WriteString("error", error);
        }
        else
        {
            json.WriteNull("error");
        }

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
        if (diagnostic.Fix is { } fix)
        {
            json.WriteStartObject("fix");
            json.WriteString("title", fix.Title);
            json.WriteString("safety", diagnostic.Descriptor.FixSafety == FixSafety.Unsafe ? "unsafe" : "safe");
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
