using System.Globalization;
using CorpusLint.Diagnostics;
using CorpusLint.Text;

namespace CorpusLint.Fixes;

/// <summary>
/// The last word on a fix before anything is written, whatever rules ran and whoever called the engine.
/// A fix may only delete junk and normalise, so the fixed text's words must appear in order among the
/// original's (normalised) words; it may not empty a non-empty file; and it may not remove more than
/// <see cref="FixOptions.MaxRemovedWordShare"/> of the words unless forced. A fix that breaks one of these
/// is not applied, and the file gets a diagnostic saying why.
/// </summary>
public static class FixGuard
{
    public const string Category = "Engine";

    public static readonly DiagnosticDescriptor RemovesTooMuch = new(
        "CL0002",
        "Fix would remove most of the file",
        "The fix would remove {0} of the file's {1} words ({2}%, above the limit of {3}%); it was not applied. See what it would remove with `fix --diff --force`, then apply it with `--force` or raise `--max-removed-share`",
        Category,
        Severity.Error,
        FixSafety.None,
        "A fix that removes most of a page is more likely a rule gone wrong than a page of junk, so `fix` leaves such a " +
        "file as it is. Look at what would be removed with `corpuslint fix --diff --force FILE` (which writes nothing); if it is right, apply it with " +
        "`--force`, or raise the limit with `--max-removed-share` (default 0.9).");

    public static readonly DiagnosticDescriptor WouldEmptyFile = new(
        "CL0003",
        "Fix would leave the file empty",
        "{0}; the file was left as it is",
        Category,
        Severity.Error,
        FixSafety.None,
        "A fix never turns a non-empty file into an empty one, not even with `--force`: a file that is all junk or all " +
        "whitespace holds no article, and deleting it is a decision for a person, not for a cleaner.");

    public static readonly DiagnosticDescriptor RewritesWords = new(
        "CL0004",
        "Fix would change article words",
        "The fix would produce the word '{0}', which is not in the original at that point; it was not applied (a bug in a rule: please report it with the file)",
        Category,
        Severity.Error,
        FixSafety.None,
        "Fixes only delete junk and normalise characters and layout (restoring mis-decoded characters included): the " +
        "words of the fixed file must appear, in the same order, among the words of the original. A fix that would add " +
        "or rewrite a word is not applied.");

    public static IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [RemovesTooMuch, WouldEmptyFile, RewritesWords];

    /// <summary>The result as computed, or the original text with a refusal when the fix breaks a promise.</summary>
    public static FixResult Check(FixResult result, string path, FixOptions options)
    {
        if (!result.Changed)
        {
            return result;
        }

        // Compare with the original as normalised: dropping a soft hyphen or composing to NFC changes no word. An
        // original whose lines are all canonical has the words of its normalised form, and is compared as it is.
        var text = result.Original.Text;
        var original = Normalizer.HasCanonicalLines(text) ? text : Normalizer.Normalize(text);
        string Normalised() => ReferenceEquals(original, text) ? Normalizer.Normalize(text) : original;
        var fixedText = result.Fixed.Text;
        var words = WordSequence.Compare(fixedText, original);
        if (words.MissingWord is { } word)
        {
            // Restoring mis-decoded characters (`presidentâ€™s` to `president’s`) changes how words split, not
            // what the publisher wrote: compare with the original as repaired before calling it a rewrite. The
            // engine repairs the text as read (where a view may hold a soft hyphen or C1 control that
            // normalising drops) and, in later rounds, the normalised text (where dropping an invisible
            // character may have joined a view): either repair counts.
            foreach (var repaired in new[] { Windows1252Mojibake.Repair(text), Windows1252Mojibake.Repair(Normalised()) })
            {
                words = WordSequence.Compare(fixedText, Normalizer.Normalize(repaired));
                if (words.MissingWord is null)
                {
                    break;
                }
            }

            if (words.MissingWord is not null)
            {
                return Refuse(result, path, RewritesWords, Shorten(word));
            }
        }

        if (fixedText.Length == 0)
        {
            var reason = Normalised().Length == 0
                ? "The file holds only whitespace and invisible characters, so normalising it would leave it empty"
                : "Every line of the file is junk, so fixing it would leave it empty";
            return Refuse(result, path, WouldEmptyFile, reason);
        }

        int before = words.InputWords;
        int removed = before - words.OutputWords;
        double share = before == 0 ? 0 : (double)removed / before;
        if (share > options.MaxRemovedWordShare && !options.Force)
        {
            return Refuse(result, path, RemovesTooMuch, removed, before, Percent(share), Percent(options.MaxRemovedWordShare));
        }

        return result;
    }

    private static FixResult Refuse(FixResult result, string path, DiagnosticDescriptor descriptor, params object[] arguments)
    {
        var location = Location.Create(path, result.Original, new TextSpan(0, 0));
        var message = string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, arguments);
        var refusal = new Diagnostic(descriptor, location, message, descriptor.DefaultSeverity, null);
        return result with { Fixed = result.Original, Applied = [], Remaining = [refusal], Refusal = refusal };
    }

    private static string Percent(double share) => Math.Round(share * 100, 1).ToString(CultureInfo.InvariantCulture);

    private static string Shorten(string word) => word.Length <= 40 ? word : word[..39] + "…";
}
