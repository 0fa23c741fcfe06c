using System.Text.Json;
using System.Text.Json.Nodes;
using CorpusLint.Cli.Commands;
using CorpusLint.Cli.Linting;
using CorpusLint.Diagnostics;

namespace CorpusLint.Cli.Reporting;

/// <summary>
/// SARIF 2.1.0 (OASIS), what GitHub code scanning and other services read: one run with the tool's rules
/// (metadata, help text, documentation link), one result per diagnostic with its region, and the fix as
/// replacements of character ranges. Columns and offsets count UTF-16 code units (<c>columnKind</c>), like
/// every offset CorpusLint reports. Files that could not be read become error notifications of the
/// invocation, not results.
/// </summary>
public sealed class SarifReporter(ToolIdentity tool, IReadOnlyList<DiagnosticDescriptor> rules) : IReporter
{
    public const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    private readonly List<DiagnosticDescriptor> _rules = [.. rules.DistinctBy(rule => rule.Id)];
    private readonly List<FileReport> _failed = [];
    private Dictionary<string, int> _ruleIndex = [];
    private TextWriter _output = TextWriter.Null;
    private JsonSpool? _results;

    public void Begin(TextWriter output)
    {
        _output = output;
        _ruleIndex = _rules.Select((rule, index) => (rule.Id, index)).ToDictionary(p => p.Id, p => p.index, StringComparer.Ordinal);
        _results = new JsonSpool();
        _results.Json.WriteStartObject();
        _results.Json.WriteStartArray("runs");
        _results.Json.WriteStartObject();
        _results.MarkSplice();
        _results.Json.WriteStartArray("results");
    }

    public void WriteFile(FileReport report)
    {
        // Unreadable files are few and have no diagnostics; they are listed in the invocation at the end.
        if (report.Error is not null)
        {
            _failed.Add(report);
        }

        string uri = ToUri(report.File.DisplayPath);
        foreach (var diagnostic in report.Diagnostics)
        {
            WriteResult(_results!.Json, uri, diagnostic, IndexOf(diagnostic.Descriptor));
            _results.EndItem();
        }
    }

    // The rules and the invocation come before the results in the document, so the results wait in the spool.
    public void End(RunSummary summary)
    {
        using var results = _results!;
        results.Json.WriteEndArray();
        results.Json.WriteEndObject();
        results.Json.WriteEndArray();
        results.Json.WriteEndObject();

        using var writer = new JsonReportWriter(_output);
        var json = writer.Json;
        json.WriteStartObject();
        json.WriteString("$schema", SchemaUri);
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();
        writer.WriteProperty("tool", new JsonObject
        {
            ["driver"] = new JsonObject
            {
                ["name"] = tool.Name,
                ["version"] = tool.Version,
                ["informationUri"] = tool.InformationUri,
                ["rules"] = Array(_rules.Select(Rule)),
            },
        });
        writer.WriteProperty("invocations", new JsonArray(Invocation(_failed)));
        json.WriteString("columnKind", "utf16CodeUnits");
        writer.Splice(results);
    }

    // Every rule the run knows, plus any reported one it was not told about, so each result has its rule.
    private int IndexOf(DiagnosticDescriptor rule)
    {
        if (!_ruleIndex.TryGetValue(rule.Id, out int index))
        {
            index = _rules.Count;
            _rules.Add(rule);
            _ruleIndex[rule.Id] = index;
        }

        return index;
    }

    public static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "note",
        _ => "none",
    };

    /// <summary>A report path as a relative URI reference: each '/'-separated segment percent-encoded.</summary>
    public static string ToUri(string displayPath) =>
        string.Join('/', displayPath.Split('/').Select(segment => segment is "." or ".." ? segment : Uri.EscapeDataString(segment)));

    private static JsonObject Rule(DiagnosticDescriptor rule) => new()
    {
        ["id"] = rule.Id,
        ["shortDescription"] = Message(rule.Title),
        ["fullDescription"] = Message(rule.Description),
        ["help"] = new JsonObject
        {
            ["text"] = rule.Example.Length > 0 ? $"{rule.Description}\n\nExample:\n{rule.Example}" : rule.Description,
            ["markdown"] = RuleDocumentation.Render(rule),
        },
        ["helpUri"] = rule.HelpLink,
        ["defaultConfiguration"] = new JsonObject
        {
            ["level"] = Level(rule.DefaultSeverity),
            ["enabled"] = rule.IsEnabledByDefault,
        },
        ["properties"] = new JsonObject
        {
            ["category"] = rule.Category,
            ["fixSafety"] = rule.FixSafety.ToString().ToLowerInvariant(),
            ["tags"] = new JsonArray(rule.Category),
        },
    };

    private static JsonObject Invocation(IReadOnlyList<FileReport> failed)
    {
        return new JsonObject
        {
            ["executionSuccessful"] = failed.Count == 0,
            ["toolExecutionNotifications"] = Array(failed.Select(report => new JsonObject
            {
                ["level"] = "error",
                ["message"] = Message(report.Error!),
                ["locations"] = new JsonArray(new JsonObject { ["physicalLocation"] = new JsonObject { ["artifactLocation"] = Artifact(report) } }),
            })),
        };
    }

    // Written straight to the writer, not built as a JSON tree: a large run has a million results.
    private static void WriteResult(Utf8JsonWriter json, string uri, Diagnostic diagnostic, int ruleIndex)
    {
        var location = diagnostic.Location;
        json.WriteStartObject();
        json.WriteString("ruleId", diagnostic.Id);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Level(diagnostic.Severity));
        WriteMessage(json, "message", diagnostic.Message);
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        WriteArtifact(json, uri);
        json.WriteStartObject("region");
        json.WriteNumber("startLine", location.Start.Line + 1);
        json.WriteNumber("startColumn", location.Start.Character + 1);
        json.WriteNumber("endLine", location.End.Line + 1);
        json.WriteNumber("endColumn", location.End.Character + 1);
        json.WriteNumber("charOffset", location.Span.Start);
        json.WriteNumber("charLength", location.Span.Length);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        if (diagnostic.Fix is { } fix)
        {
            json.WriteStartArray("fixes");
            WriteFix(json, uri, fix);
            json.WriteEndArray();
        }

        // Judgement rules say how sure they are; a rule that matches what it names is always sure.
        if (diagnostic.Confidence < 1)
        {
            json.WriteStartObject("properties");
            json.WriteNumber("confidence", diagnostic.Confidence);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteFix(Utf8JsonWriter json, string uri, CodeFix fix)
    {
        json.WriteStartObject();
        WriteMessage(json, "description", fix.Title);
        json.WriteStartArray("artifactChanges");
        json.WriteStartObject();
        WriteArtifact(json, uri);
        json.WriteStartArray("replacements");
        foreach (var change in fix.Changes)
        {
            json.WriteStartObject();
            json.WriteStartObject("deletedRegion");
            json.WriteNumber("charOffset", change.Span.Start);
            json.WriteNumber("charLength", change.Span.Length);
            json.WriteEndObject();
            json.WriteStartObject("insertedContent");
            json.WriteString("text", change.NewText);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteMessage(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    private static void WriteArtifact(Utf8JsonWriter json, string uri)
    {
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", uri);
        json.WriteEndObject();
    }

    private static JsonObject Artifact(FileReport report) => new() { ["uri"] = ToUri(report.File.DisplayPath) };

    private static JsonObject Message(string text) => new() { ["text"] = text };

    private static JsonArray Array(IEnumerable<JsonNode> items) => [.. items];
}
