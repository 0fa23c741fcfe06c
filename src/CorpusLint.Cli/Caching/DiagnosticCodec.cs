using CorpusLint.Diagnostics;
using CorpusLint.Text;

namespace CorpusLint.Cli.Caching;

/// <summary>
/// The binary form of a file's diagnostics in a cache entry: everything a reporter or the fix engine reads
/// (rule, severity, span and positions, message, fix, confidence), so a cached result is indistinguishable from a fresh one.
/// The file path is not stored: it is part of the key, and the reader supplies it.
/// </summary>
internal static class DiagnosticCodec
{
    public static void Write(BinaryWriter writer, IReadOnlyList<Diagnostic> diagnostics)
    {
        writer.Write(diagnostics.Count);
        foreach (var d in diagnostics)
        {
            writer.Write(d.Id);
            writer.Write((byte)d.Severity);
            Write(writer, d.Location.Span);
            writer.Write(d.Location.Start.Line);
            writer.Write(d.Location.Start.Character);
            writer.Write(d.Location.End.Line);
            writer.Write(d.Location.End.Character);
            writer.Write(d.Message);
            writer.Write(d.Fix is not null);
            if (d.Fix is { } fix)
            {
                writer.Write(fix.Title);
                writer.Write(fix.Changes.Count);
                foreach (var change in fix.Changes)
                {
                    Write(writer, change.Span);
                    writer.Write(change.NewText);
                }
            }

            writer.Write(d.Confidence);
        }
    }

    /// <summary>The diagnostics, or null when an entry names a rule this build does not have.</summary>
    public static List<Diagnostic>? Read(BinaryReader reader, string path, IReadOnlyDictionary<string, DiagnosticDescriptor> descriptors)
    {
        int count = reader.ReadInt32();
        var diagnostics = new List<Diagnostic>(count);
        for (int i = 0; i < count; i++)
        {
            string id = reader.ReadString();
            var severity = (Severity)reader.ReadByte();
            var span = ReadSpan(reader);
            var start = new LinePosition(reader.ReadInt32(), reader.ReadInt32());
            var end = new LinePosition(reader.ReadInt32(), reader.ReadInt32());
            string message = reader.ReadString();
            CodeFix? fix = null;
            if (reader.ReadBoolean())
            {
                string title = reader.ReadString();
                var changes = new TextChange[reader.ReadInt32()];
                for (int c = 0; c < changes.Length; c++)
                {
                    changes[c] = new TextChange(ReadSpan(reader), reader.ReadString());
                }

                fix = new CodeFix(title, changes);
            }

            double confidence = reader.ReadDouble();

            if (!descriptors.TryGetValue(id, out var descriptor))
            {
                return null;
            }

            diagnostics.Add(new Diagnostic(descriptor, new Location(path, span, start, end), message, severity, fix, confidence));
        }

        return diagnostics;
    }

    private static void Write(BinaryWriter writer, TextSpan span)
    {
        writer.Write(span.Start);
        writer.Write(span.Length);
    }

    private static TextSpan ReadSpan(BinaryReader reader) => new(reader.ReadInt32(), reader.ReadInt32());
}
