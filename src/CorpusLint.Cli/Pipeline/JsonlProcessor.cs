using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CorpusLint.Cli.Linting;
using CorpusLint.Diagnostics;
using CorpusLint.Fixes;
using CorpusLint.Text;

namespace CorpusLint.Cli.Pipeline;

/// <summary>
/// Checks or fixes one JSON Lines record: the article is the record's text field, diagnostics name the record
/// by its id field. The record goes back out with every other field as it came, the text cleaned (fix) and,
/// when asked, a "diagnostics" array. A record that cannot be read comes back unchanged with an error.
/// </summary>
public sealed class JsonlProcessor(Linter linter, string idField, string textField)
{
    public const string DiagnosticsField = "diagnostics";

    // Article text is mostly non-ASCII-safe prose: keep it readable UTF-8 instead of \u escapes.
    private static readonly JsonSerializerOptions Output = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public JsonlOutcome Check(JsonlRecord record)
    {
        if (!TryRead(record, out var json, out var text, out var id, out var error))
        {
            return JsonlOutcome.Failed(record, error);
        }

        var diagnostics = linter.Analyze(SourceText.From(text), id);
        json[DiagnosticsField] = ToJson(diagnostics);
        return new JsonlOutcome(json.ToJsonString(Output), null, diagnostics, Changed: false, Fixes: 0);
    }

    public JsonlOutcome Fix(JsonlRecord record, FixOptions options, bool withDiagnostics)
    {
        if (!TryRead(record, out var json, out var text, out var id, out var error))
        {
            return JsonlOutcome.Failed(record, error);
        }

        var source = SourceText.From(text);
        var result = linter.Fix(source, id, options);
        json[textField] = result.Fixed.Text;
        IReadOnlyList<Diagnostic> found = [];
        if (withDiagnostics)
        {
            // What the record had before the fix, positioned in the text as it came in, like `check`: the fix's
            // first round analysed exactly that text; analysing it again was a fifth of `fix --jsonl --diagnostics`.
            found = linter.ApplyBaseline(source, id, result.OriginalDiagnostics);
            json[DiagnosticsField] = ToJson(found);
        }

        return new JsonlOutcome(json.ToJsonString(Output), null, found, result.Changed, result.Applied.Count);
    }

    private bool TryRead(JsonlRecord record, out JsonObject json, out string text, out string id, out string error)
    {
        json = null!;
        text = id = error = string.Empty;
        try
        {
            if (JsonNode.Parse(record.Line) is not JsonObject parsed)
            {
                error = $"{record.Where}: the record is not a JSON object";
                return false;
            }

            json = parsed;
        }
        catch (JsonException e)
        {
            error = $"{record.Where}: not valid JSON: {e.Message}";
            return false;
        }

        if (!TryGetString(json[textField], out string? articleText, out string? invalid))
        {
            error = $"{record.Where}: " + (invalid is null
                ? $"the record has no string field \"{textField}\" (choose it with --text-field)"
                : $"the field \"{textField}\" is not text: {invalid}");
            return false;
        }

        text = articleText!;
        var idNode = json[idField];
        if (idNode is null)
        {
            id = record.Where;
        }
        else if (TryGetString(idNode, out string? idText, out invalid))
        {
            id = idText!;
        }
        else if (invalid is null)
        {
            id = idNode.ToJsonString();
        }
        else
        {
            error = $"{record.Where}: the field \"{idField}\" is not text: {invalid}";
            return false;
        }

        return true;
    }

    // A JSON string may escape half of a surrogate pair ("\ud800") that no text holds; reading it throws, which had
    // ended the whole run. Such a value is reported as the record's error (invalid), not taken for a missing field.
    private static bool TryGetString(JsonNode? node, out string? value, out string? invalid)
    {
        value = invalid = null;
        try
        {
            return node is JsonValue json && json.TryGetValue(out value);
        }
        catch (InvalidOperationException e)
        {
            invalid = e.Message;
            return false;
        }
    }

    private static JsonArray ToJson(IReadOnlyList<Diagnostic> diagnostics)
    {
        var array = new JsonArray();
        foreach (var d in diagnostics)
        {
            array.Add((JsonNode)new JsonObject
            {
                ["rule"] = d.Id,
                ["severity"] = d.Severity.ToName(),
                ["line"] = d.Location.Line,
                ["column"] = d.Location.Column,
                ["endLine"] = d.Location.End.Line + 1,
                ["endColumn"] = d.Location.End.Character + 1,
                ["message"] = d.Message,
                ["fixable"] = d.IsFixable,
            });
        }

        return array;
    }
}

/// <summary>A processed record: the line to write, or the error and the input line to pass through.</summary>
public sealed record JsonlOutcome(string Line, string? Error, IReadOnlyList<Diagnostic> Diagnostics, bool Changed, int Fixes)
{
    public static JsonlOutcome Failed(JsonlRecord record, string error) => new(record.Line, error, [], false, 0);
}
