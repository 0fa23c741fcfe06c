using System.Text;
using System.Text.Json;

namespace CorpusLint.Configuration;

/// <summary>
/// A JSON value with the position of every value and key. The deserializer only knows where a syntax error
/// is; a configuration also needs a line and column for "unknown rule id" and "expected a string", so the
/// file is read into this small tree first and interpreted after.
/// </summary>
internal sealed record JsonTree(JsonValueKind Kind, SourcePosition Position, string Scalar, IReadOnlyList<JsonTreeProperty> Properties, IReadOnlyList<JsonTree> Items)
{
    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = 32,
    };

    public static string KindName(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true or false",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    /// <summary>Parses UTF-8 JSON (comments and trailing commas allowed); a syntax error is a <see cref="ConfigurationException"/>.</summary>
    public static JsonTree Parse(byte[] utf8, string path)
    {
        var bytes = utf8.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? utf8[Encoding.UTF8.Preamble.Length..] : utf8;
        var positions = new PositionMap(bytes);
        if (bytes.AsSpan().Trim(" \t\r\n"u8).IsEmpty)
        {
            throw new ConfigurationException(new ConfigurationError(path, 1, 1, "the file is empty; expected a JSON object"));
        }

        var reader = new Utf8JsonReader(bytes, ReaderOptions);
        try
        {
            reader.Read();
            var tree = ReadValue(ref reader, positions, path);

            // Reading on throws for anything after the object but whitespace and comments.
            reader.Read();
            return tree;
        }
        catch (JsonException e)
        {
            int line = (int)(e.LineNumber ?? 0) + 1;
            int column = (int)(e.BytePositionInLine ?? 0) + 1;
            throw new ConfigurationException(new ConfigurationError(path, line, column, $"invalid JSON: {FirstSentence(e.Message)}"));
        }
    }

    public JsonTreeProperty? Property(string name) => Properties.FirstOrDefault(p => p.Name == name);

    private static JsonTree ReadValue(ref Utf8JsonReader reader, PositionMap positions, string path)
    {
        var position = positions.At(reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var properties = new List<JsonTreeProperty>();
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var keyPosition = positions.At(reader.TokenStartIndex);
                    string name = reader.GetString()!;
                    if (properties.Any(p => p.Name == name))
                    {
                        throw new ConfigurationException(keyPosition.Error(path, $"key '{name}' appears twice in the same object"));
                    }

                    reader.Read();
                    properties.Add(new JsonTreeProperty(name, keyPosition, ReadValue(ref reader, positions, path)));
                }

                return new JsonTree(JsonValueKind.Object, position, string.Empty, properties, []);
            case JsonTokenType.StartArray:
                var items = new List<JsonTree>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader, positions, path));
                }

                return new JsonTree(JsonValueKind.Array, position, string.Empty, [], items);
            case JsonTokenType.String:
                return Leaf(JsonValueKind.String, position, reader.GetString()!);
            case JsonTokenType.Number:
                return Leaf(JsonValueKind.Number, position, Encoding.UTF8.GetString(reader.ValueSpan));
            case JsonTokenType.True:
                return Leaf(JsonValueKind.True, position, "true");
            case JsonTokenType.False:
                return Leaf(JsonValueKind.False, position, "false");
            default:
                return Leaf(JsonValueKind.Null, position, string.Empty);
        }
    }

    private static JsonTree Leaf(JsonValueKind kind, SourcePosition position, string value) => new(kind, position, value, [], []);

    private static string FirstSentence(string message)
    {
        int cut = message.IndexOf(". ", StringComparison.Ordinal);
        return cut > 0 ? message[..(cut + 1)] : message;
    }

    /// <summary>Turns a byte offset into a line and a column counted in characters, as editors count.</summary>
    private sealed class PositionMap
    {
        private readonly byte[] _bytes;
        private readonly List<int> _lineStarts = [0];

        public PositionMap(byte[] bytes)
        {
            _bytes = bytes;
            for (int i = 0; i < bytes.Length; i++)
            {
                if (bytes[i] == (byte)'\n')
                {
                    _lineStarts.Add(i + 1);
                }
            }
        }

        public SourcePosition At(long offset)
        {
            int index = _lineStarts.BinarySearch((int)offset);
            int line = index >= 0 ? index : ~index - 1;
            int column = 1;
            for (int i = _lineStarts[line]; i < offset; i++)
            {
                // Count characters, not bytes: skip UTF-8 continuation bytes.
                column += (_bytes[i] & 0xC0) == 0x80 ? 0 : 1;
            }

            return new SourcePosition(line + 1, column);
        }
    }
}

/// <summary>A key of a JSON object, with where the key itself is written.</summary>
internal sealed record JsonTreeProperty(string Name, SourcePosition Position, JsonTree Value);
