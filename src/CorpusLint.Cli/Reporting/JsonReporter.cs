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

    public void WriteFile(FileReport report) => _files!.WriteItem(FileEntry(report));

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

    private static JsonObject FileEntry(FileReport report) => new()
    {
        ["path"] = report.File.DisplayPath,
        ["error"] = report.Error,
        ["diagnostics"] = new JsonArray([.. report.Diagnostics.Select(DiagnosticEntry)]),
    };

    private static JsonObject DiagnosticEntry(Diagnostic diagnostic)
    {
        var location = diagnostic.Location;
        return new JsonObject
        {
            ["ruleId"] = diagnostic.Id,
            ["severity"] = diagnostic.Severity.ToName(),
            ["category"] = diagnostic.Descriptor.Category,
            ["message"] = diagnostic.Message,
            ["line"] = location.Line,
            ["column"] = location.Column,
            ["endLine"] = location.End.Line + 1,
            ["endColumn"] = location.End.Character + 1,
            ["offset"] = location.Span.Start,
            ["length"] = location.Span.Length,
            ["confidence"] = diagnostic.Confidence,
            ["fix"] = diagnostic.Fix is { } fix ? Fix(fix, diagnostic) : null,
        };
    }

    private static JsonObject Fix(CodeFix fix, Diagnostic diagnostic) => new()
    {
        ["title"] = fix.Title,
        ["safety"] = diagnostic.Descriptor.FixSafety == FixSafety.Unsafe ? "unsafe" : "safe",
        ["appliedByDefault"] = diagnostic.IsFixAppliedByDefault,
        ["edits"] = new JsonArray([.. fix.Changes.Select(change => new JsonObject
        {
            ["offset"] = change.Span.Start,
            ["length"] = change.Span.Length,
            ["newText"] = change.NewText,
        })]),
    };
}
