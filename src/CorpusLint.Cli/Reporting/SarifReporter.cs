using System.Text.Json;
using CorpusLint.Cli.Commands;
using CorpusLint.Cli.Linting;
using CorpusLint.Diagnostics;
using CorpusLint.Text;

namespace CorpusLint.Cli.Reporting;

/// <summary>
/// SARIF 2.1.0 (OASIS), what GitHub code scanning and other services read: one run with the tool's rules
/// (metadata, help text, documentation link), one result per diagnostic with its region, and the fix as
/// replacements. Columns count UTF-16 code units (<c>columnKind</c>), like every offset CorpusLint reports.
/// Files that could not be read become error notifications of the invocation, not results.
/// </summary>
public sealed class SarifReporter(ToolIdentity tool, IReadOnlyList<DiagnosticDescriptor> rules) : IReporter
{
    public const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    public void Write(IReadOnlyList<FileReport> reports, TextWriter output)
    {
        // Every rule the run knows, plus any reported one it was not told about, so each result has its rule.
        var allRules = rules.Concat(reports.SelectMany(r => r.Diagnostics).Select(d => d.Descriptor))
            .DistinctBy(d => d.Id).ToList();
        var ruleIndex = allRules.Select((rule, index) => (rule.Id, index)).ToDictionary(p => p.Id, p => p.index, StringComparer.Ordinal);

        JsonReports.Write(output, json =>
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, allRules);
            WriteInvocation(json, reports);
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("results");
            foreach (var report in reports)
            {
                foreach (var diagnostic in report.Diagnostics)
                {
                    WriteResult(json, report, diagnostic, ruleIndex[diagnostic.Id]);
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        });
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

    private void WriteTool(Utf8JsonWriter json, IReadOnlyList<DiagnosticDescriptor> allRules)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", tool.Name);
        json.WriteString("version", tool.Version);
        json.WriteString("informationUri", tool.InformationUri);
        json.WriteStartArray("rules");
        foreach (var rule in allRules)
        {
            WriteRule(json, rule);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteRule(Utf8JsonWriter json, DiagnosticDescriptor rule)
    {
        json.WriteStartObject();
        json.WriteString("id", rule.Id);
        WriteMessage(json, "shortDescription", rule.Title);
        WriteMessage(json, "fullDescription", rule.Description);
        json.WriteStartObject("help");
        json.WriteString("text", rule.Example.Length > 0 ? $"{rule.Description}\n\nExample:\n{rule.Example}" : rule.Description);
        json.WriteString("markdown", RuleDocumentation.Render(rule));
        json.WriteEndObject();
        json.WriteString("helpUri", rule.HelpLink);
        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", Level(rule.DefaultSeverity));
        json.WriteBoolean("enabled", rule.IsEnabledByDefault);
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteString("category", rule.Category);
        json.WriteString("fixSafety", rule.FixSafety.ToString().ToLowerInvariant());
        json.WriteStartArray("tags");
        json.WriteStringValue(rule.Category);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteInvocation(Utf8JsonWriter json, IReadOnlyList<FileReport> reports)
    {
        var failed = reports.Where(r => r.Error is not null).ToList();
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", failed.Count == 0);
        json.WriteStartArray("toolExecutionNotifications");
        foreach (var report in failed)
        {
            json.WriteStartObject();
            json.WriteString("level", "error");
            WriteMessage(json, "message", report.Error!);
            json.WriteStartArray("locations");
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            WriteArtifact(json, report);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteResult(Utf8JsonWriter json, FileReport report, Diagnostic diagnostic, int ruleIndex)
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
        WriteArtifact(json, report);
        json.WriteStartObject("region");
        WriteLinesAndColumns(json, location.Start, location.End);
        json.WriteNumber("charOffset", location.Span.Start);
        json.WriteNumber("charLength", location.Span.Length);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        if (diagnostic.Fix is { } fix)
        {
            WriteFix(json, report, fix);
        }

        json.WriteEndObject();
    }

    private static void WriteFix(Utf8JsonWriter json, FileReport report, CodeFix fix)
    {
        json.WriteStartArray("fixes");
        json.WriteStartObject();
        WriteMessage(json, "description", fix.Title);
        json.WriteStartArray("artifactChanges");
        json.WriteStartObject();
        WriteArtifact(json, report);
        json.WriteStartArray("replacements");
        foreach (var change in fix.Changes)
        {
            json.WriteStartObject();
            json.WriteStartObject("deletedRegion");
            if (report.Text is { } text)
            {
                WriteLinesAndColumns(json, text.GetLinePosition(change.Span.Start), text.GetLinePosition(change.Span.End));
            }

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
        json.WriteEndArray();
    }

    private static void WriteLinesAndColumns(Utf8JsonWriter json, LinePosition start, LinePosition end)
    {
        json.WriteNumber("startLine", start.Line + 1);
        json.WriteNumber("startColumn", start.Character + 1);
        json.WriteNumber("endLine", end.Line + 1);
        json.WriteNumber("endColumn", end.Character + 1);
    }

    private static void WriteArtifact(Utf8JsonWriter json, FileReport report)
    {
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", ToUri(report.File.DisplayPath));
        json.WriteEndObject();
    }

    private static void WriteMessage(Utf8JsonWriter json, string property, string text)
    {
        json.WriteStartObject(property);
        json.WriteString("text", text);
        json.WriteEndObject();
    }
}
