using System.Globalization;
using System.Text;

namespace CorpusLint.Diagnostics;

/// <summary>
/// A message format read once into its literal texts and the arguments between them, filled as
/// <see cref="string.Format(IFormatProvider, string, object[])"/> fills it with the invariant culture.
/// </summary>
/// <remarks>
/// Every diagnostic formats its message, and a page's furniture gives hundreds: string.Format spent some 900
/// instructions on a one-argument message (asking the culture for a custom formatter, growing a builder), 2.6 % of a
/// check. A format with alignments, format strings or a syntax error is left to string.Format, so its output and its
/// errors stay exactly that method's. Equal when the formats are, so a descriptor's record equality is unchanged.
/// </remarks>
internal sealed class MessageTemplate : IEquatable<MessageTemplate>
{
    private readonly string _format;

    // Literal i stands before argument _holes[i]; the last literal ends the message. Null: string.Format formats it.
    private readonly string[] _literals;
    private readonly int[]? _holes;

    // How many arguments the holes need (the highest index plus one).
    private readonly int _arity;

    private MessageTemplate(string format, string[] literals, int[]? holes)
    {
        _format = format;
        _literals = literals;
        _holes = holes;
        _arity = holes is { Length: > 0 } ? holes.Max() + 1 : 0;
    }

    public static MessageTemplate Of(string format)
    {
        var literals = new List<string>();
        var holes = new List<int>();
        var literal = new StringBuilder();
        for (int i = 0; i < format.Length; i++)
        {
            char c = format[i];
            if ((c == '{' || c == '}') && i + 1 < format.Length && format[i + 1] == c)
            {
                literal.Append(c);
                i++;
            }
            else if (c == '}')
            {
                return Unread(format);
            }
            else if (c == '{')
            {
                int end = format.IndexOf('}', i + 1);

                // Only a plain index of a few digits is read here; string.Format judges everything else.
                if (end < 0 || end - i - 1 is < 1 or > 5 || format.AsSpan(i + 1, end - i - 1).IndexOfAnyExceptInRange('0', '9') >= 0)
                {
                    return Unread(format);
                }

                literals.Add(literal.ToString());
                literal.Clear();
                holes.Add(int.Parse(format.AsSpan(i + 1, end - i - 1), CultureInfo.InvariantCulture));
                i = end;
            }
            else
            {
                literal.Append(c);
            }
        }

        literals.Add(literal.ToString());
        return new MessageTemplate(format, [.. literals], [.. holes]);
    }

    public string Format(object?[] arguments)
    {
        if (_holes is not { } holes || arguments.Length < _arity)
        {
            // string.Format throws the FormatException a missing argument deserves.
            return string.Format(CultureInfo.InvariantCulture, _format, arguments);
        }

        // One argument, most messages: three strings joined, with no array of parts.
        if (holes.Length == 1)
        {
            return string.Concat(_literals[0], Text(arguments[holes[0]]), _literals[1]);
        }

        var parts = new string?[(2 * holes.Length) + 1];
        for (int i = 0; i < holes.Length; i++)
        {
            parts[2 * i] = _literals[i];
            parts[(2 * i) + 1] = Text(arguments[holes[i]]);
        }

        parts[^1] = _literals[^1];
        return string.Concat(parts);
    }

    // What string.Format writes for an argument with no format string, with the invariant culture (which has no
    // custom formatter): a formattable value's text in that culture, anything else's ToString, nothing for null.
    private static string? Text(object? argument) => argument switch
    {
        string text => text,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => argument?.ToString(),
    };

    private static MessageTemplate Unread(string format) => new(format, [], null);

    public bool Equals(MessageTemplate? other) => other is not null && string.Equals(_format, other._format, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as MessageTemplate);

    // The descriptor's record hash already reads the format; hashing it again would only cost.
    public override int GetHashCode() => 0;
}
