using CorpusLint.Analysis;
using CorpusLint.Diagnostics;
using CorpusLint.Fixes;
using CorpusLint.Text;

namespace CorpusLint.Rules.Tests;

/// <summary>
/// Runs the whole built-in catalogue, as `check` and `fix` do: the page-region rules need the packs' signals to
/// find the body, and a line is reported by the most specific rule that names it.
/// </summary>
internal static class CatalogueTester
{
    private static readonly AnalyzerDriver Driver = new(BuiltInRules.CreateAll());

    public static IReadOnlyList<Diagnostic> Analyze(string text) => Driver.Analyze(SourceText.From(text), "test.txt");

    /// <summary>The 1-based lines the rule with this id flags.</summary>
    public static int[] FlaggedLines(string id, string text) =>
        Analyze(text).Where(d => d.Id == id).Select(d => d.Location.Line).Distinct().ToArray();

    public static string Fix(string text) =>
        FixEngine.Fix(SourceText.From(text), t => Driver.Analyze(t, "test.txt")).Fixed.Text;

    /// <summary>An article body long enough to win the body search, so the lines around it are judged as page text.</summary>
    public const string Body =
        "Rivers across the valley rose sharply on Monday after a storm dropped heavy rain on the hills overnight, and the water kept rising into the evening.\n\n" +
        "Farmers said the water reached their fields by noon, and several roads were closed until the evening while crews cleared the mud from them.\n\n" +
        "The weather service said that more rain was expected later in the week, but that the rivers should fall again by the weekend if it stays dry.\n";

    /// <summary>More of the same article, for tests that need prose on both sides of a line.</summary>
    public const string MoreBody =
        "Volunteers filled sandbags along the main street through the night, and the church opened its hall to families whose homes were flooded.\n\n" +
        "The council said it would decide next month how much money to spend on repairs to the bridge and on new banks along the river.\n";
}
