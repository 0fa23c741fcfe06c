using System.Runtime.CompilerServices;
using CorpusLint.Diagnostics;
using CorpusLint.Text;

namespace CorpusLint.Cli.Caching;

/// <summary>
/// The binary form of a file's diagnostics in a cache entry: everything a reporter or the fix engine reads
/// (rule, severity, span and positions, message, fix, confidence), so a cached result is indistinguishable from a
/// fresh one. The file path is not stored: it is part of the key, and the reader supplies it.
/// A warm run reads a million of these, so the form is compact and quick to read: each distinct string once
/// per file (rule ids, fix titles and replacement texts repeat), numbers as varints relative to the diagnostic
/// before (positions grow through a file), a fix title equal to the message and a confidence of 1 as flags.
/// A message that quotes the file from the diagnostic's start (most do: "Line '…' is …") keeps only what is
/// around the quote and the quote's length; the reader takes the quote from the file's text again.
/// </summary>
internal static class DiagnosticCodec
{
    [Flags]
    private enum Shape : byte
    {
        SeverityMask = 0b11,
        HasFix = 1 << 2,
        Unsure = 1 << 3,          // a confidence other than 1 follows
        FixTitledLikeMessage = 1 << 4,
        MultiLine = 1 << 5,       // the end line differs from the start line
        QuotesText = 1 << 6,      // the message is a prefix, the text from the span's start, and a suffix
    }

    // A shorter quote is stored as part of the message: the two strings and the length around it would save little.
    private const int MinQuoteLength = 12;

    // A cold run writes an entry per file on each worker: the string table and the two halves of the entry are
    // built in buffers the thread keeps, so an entry allocates only its own bytes.
    [ThreadStatic]
    private static WriteBuffers? t_buffers;

    /// <summary>The entry of a file's diagnostics; <paramref name="text"/> is the file's text, which the messages may quote.</summary>
    public static byte[] Write(IReadOnlyList<Diagnostic> diagnostics, string text)
    {
        var buffers = t_buffers ??= new WriteBuffers();
        var (strings, table, body) = (buffers.Strings, buffers.Table, buffers.Body);
        strings.Dictionary.Clear();
        Array.Clear(buffers.Seen);
        Array.Clear(buffers.Recent);
        table.Reset();
        body.Reset();
        body.Unsigned((uint)diagnostics.Count);
        int previousStart = 0;
        int previousLine = 0;
        foreach (var d in diagnostics)
        {
            var location = d.Location;
            var shape = (Shape)d.Severity & Shape.SeverityMask;
            shape |= d.Fix is null ? 0 : Shape.HasFix;
            shape |= d.Confidence == 1.0 ? 0 : Shape.Unsure;
            shape |= d.Fix is { } titled && titled.Title == d.Message ? Shape.FixTitledLikeMessage : 0;
            shape |= location.End.Line == location.Start.Line ? 0 : Shape.MultiLine;
            var (quoteAt, quoteLength) = FindQuote(d.Message, text, location.Span.Start);
            shape |= quoteLength >= MinQuoteLength ? Shape.QuotesText : 0;
            body.Byte((byte)shape);
            body.Unsigned(Index(buffers, d.Id));
            if (shape.HasFlag(Shape.QuotesText))
            {
                // Quoted lines are most of what a file's messages hold (72 % of a check's entries): what is left
                // around them repeats across the file's diagnostics, so the string table keeps it once.
                body.Unsigned(Index(buffers, d.Message.AsSpan(0, quoteAt)));
                body.Unsigned((uint)quoteLength);
                body.Unsigned(Index(buffers, d.Message.AsSpan(quoteAt + quoteLength)));
            }
            else
            {
                body.Unsigned(Index(buffers, d.Message.AsSpan(), d.Message));
            }

            body.Signed(location.Span.Start - previousStart);
            body.Unsigned((uint)location.Span.Length);
            body.Signed(location.Start.Line - previousLine);
            body.Unsigned((uint)location.Start.Character);
            if (shape.HasFlag(Shape.MultiLine))
            {
                body.Signed(location.End.Line - location.Start.Line);
            }

            body.Unsigned((uint)location.End.Character);
            if (shape.HasFlag(Shape.Unsure))
            {
                body.Double(d.Confidence);
            }

            if (d.Fix is { } fix)
            {
                if (!shape.HasFlag(Shape.FixTitledLikeMessage))
                {
                    body.Unsigned(Index(buffers, fix.Title));
                }

                body.Unsigned((uint)fix.Changes.Count);
                foreach (var change in fix.Changes)
                {
                    body.Signed(change.Span.Start - location.Span.Start);
                    body.Unsigned((uint)change.Span.Length);
                    body.Unsigned(Index(buffers, change.NewText));
                }
            }

            previousStart = location.Span.Start;
            previousLine = location.Start.Line;
        }

        table.Unsigned((uint)strings.Dictionary.Count);
        foreach (var s in strings.Dictionary.Keys)
        {
            table.String(s);
        }

        var entry = new byte[table.Length + body.Length];
        table.Written.CopyTo(entry);
        body.Written.CopyTo(entry.AsSpan(table.Length));
        return entry;
    }

    /// <summary>
    /// The diagnostics, or null when an entry names a rule this build does not have. Throws <see cref="FormatException"/>
    /// for a damaged entry. <paramref name="text"/> gives the file's text, asked for only when a message quotes it.
    /// </summary>
    // Compiled optimised at its first call, not tiered up later (nor taken precompiled from ReadyToRun, whose code is
    // slower here): only a warm run calls it, for files with a million diagnostics in about a second. Reporters,
    // which a one-file run calls too, are left to ReadyToRun: the JIT would cost that run more than it saves.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<Diagnostic>? Read(ReadOnlySpan<byte> entry, string path, IReadOnlyDictionary<string, DiagnosticDescriptor> descriptors, Func<string> text)
    {
        string? source = null;
        var reader = new CacheReader(entry);
        var strings = new string[reader.ItemCount()];
        for (int i = 0; i < strings.Length; i++)
        {
            strings[i] = reader.String();
        }

        // Each rule id of the file resolved once.
        var rules = new DiagnosticDescriptor?[strings.Length];
        int count = reader.ItemCount();
        var diagnostics = new List<Diagnostic>(count);
        int previousStart = 0;
        int previousLine = 0;
        for (int i = 0; i < count; i++)
        {
            var shape = (Shape)reader.Byte();
            bool quotes = shape.HasFlag(Shape.QuotesText);
            int id = reader.Index(strings.Length);
            string message = strings[reader.Index(strings.Length)];
            int quoteLength = quotes ? reader.Count() : 0;
            string suffix = quotes ? strings[reader.Index(strings.Length)] : "";
            var span = new TextSpan(previousStart + reader.Signed(), reader.Count());
            if (quotes)
            {
                source ??= text();
                if (span.Start < 0 || span.Start > source.Length - quoteLength)
                {
                    throw new FormatException("the cache entry quotes past the end of the file");
                }

                message = string.Concat(message, source.AsSpan(span.Start, quoteLength), suffix);
            }

            var start = new LinePosition(previousLine + reader.Signed(), reader.Count());
            int endLine = shape.HasFlag(Shape.MultiLine) ? start.Line + reader.Signed() : start.Line;
            var end = new LinePosition(endLine, reader.Count());
            double confidence = shape.HasFlag(Shape.Unsure) ? reader.Double() : 1.0;
            CodeFix? fix = null;
            if (shape.HasFlag(Shape.HasFix))
            {
                string title = shape.HasFlag(Shape.FixTitledLikeMessage) ? message : strings[reader.Index(strings.Length)];
                var changes = new TextChange[reader.ItemCount()];
                for (int c = 0; c < changes.Length; c++)
                {
                    var changeSpan = new TextSpan(span.Start + reader.Signed(), reader.Count());
                    changes[c] = new TextChange(changeSpan, strings[reader.Index(strings.Length)]);
                }

                fix = new CodeFix(title, changes);
            }

            var descriptor = rules[id];
            if (descriptor is null)
            {
                if (!descriptors.TryGetValue(strings[id], out descriptor))
                {
                    return null;
                }

                rules[id] = descriptor;
            }

            diagnostics.Add(new Diagnostic(descriptor, new Location(path, span, start, end), message, (Severity)(shape & Shape.SeverityMask), fix, confidence));
            previousStart = span.Start;
            previousLine = start.Line;
        }

        return reader.AtEnd ? diagnostics : throw new FormatException("the cache entry has bytes after its diagnostics");
    }

    // Where the message holds the longest run of the text from the diagnostic's start, and how long it is. The
    // strings around a quote are stored as UTF-8, so neither may hold half of a surrogate pair the quote cut.
    private static (int At, int Length) FindQuote(string message, string text, int start)
    {
        if (start >= text.Length || char.IsLowSurrogate(text[start]))
        {
            return (0, 0);
        }

        var from = text.AsSpan(start);
        int best = 0, bestAt = 0;
        for (int at = message.IndexOf(from[0]); at >= 0; at = message.IndexOf(from[0], at + 1))
        {
            int length = message.AsSpan(at).CommonPrefixLength(from);
            length -= length > 0 && char.IsHighSurrogate(message[at + length - 1]) ? 1 : 0;
            if (length > best)
            {
                (best, bestAt) = (length, at);
            }
        }

        return (bestAt, best);
    }

    private sealed class WriteBuffers
    {
        // Looked up by span: the strings around a quote are slices of the message, made into strings only when new.
        public Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Strings { get; } =
            new Dictionary<string, int>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

        // The strings last indexed, by their object: a file's rule ids, and most of its fix titles and replacement
        // texts, are the same few objects (a rule's descriptor, a constant), found here without hashing their text.
        public (string? Text, int Index)[] Seen { get; } = new (string?, int)[64];

        // The pieces of messages last indexed, by their length and end characters: the text around a quote repeats
        // across a file's diagnostics of one rule, and comparing it with the piece last seen in its slot is cheaper
        // than hashing it. The span lookups averaged 554 instructions (a third of the entries' cost in a cold check)
        // and now 305, most of it the strings new to the file, which are hashed and stored.
        public (string? Text, int Index)[] Recent { get; } = new (string?, int)[64];

        public CacheWriter Table { get; } = new(1 << 12);

        public CacheWriter Body { get; } = new(1 << 12);
    }

    private static uint Index(WriteBuffers buffers, string value)
    {
        ref var seen = ref buffers.Seen[RuntimeHelpers.GetHashCode(value) & (buffers.Seen.Length - 1)];
        if (!ReferenceEquals(seen.Text, value))
        {
            seen = (value, (int)Index(buffers, value.AsSpan(), value));
        }

        return (uint)seen.Index;
    }

    // whole: the string the value is all of, if any, which the table then keeps rather than a copy.
    private static uint Index(WriteBuffers buffers, ReadOnlySpan<char> value, string? whole = null)
    {
        int slot = value.IsEmpty ? 0 : (value.Length * 31 + value[0] + value[^1] * 7) & (buffers.Recent.Length - 1);
        ref var recent = ref buffers.Recent[slot];
        if (recent.Text is null || !value.SequenceEqual(recent.Text))
        {
            var strings = buffers.Strings;
            if (!strings.TryGetValue(value, out string? text, out int index))
            {
                (text, index) = (whole ?? value.ToString(), strings.Dictionary.Count);
                strings.Dictionary.Add(text, index);
            }

            recent = (text, index);
        }

        return (uint)recent.Index;
    }
}
