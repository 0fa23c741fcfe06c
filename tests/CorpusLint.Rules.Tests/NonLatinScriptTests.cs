using CorpusLint.Analysis;
using CorpusLint.Configuration;
using CorpusLint.Fixes;
using CorpusLint.Testing;
using CorpusLint.Text;

namespace CorpusLint.Rules.Tests;

/// <summary>
/// The same story in many scripts (fixtures/scripts): every built-in rule must treat each translation
/// like the English original, so no rule fires merely because a text is not in Latin script, and fixing
/// never mangles a character. Holds for whatever rules the catalogue has.
/// </summary>
public class NonLatinScriptTests
{
    private static readonly AnalyzerDriver Driver = new(BuiltInRules.CreateAll(), AnalysisSettings.Default);

    public static TheoryData<string> Translations => new(["ru.txt", "ar.txt", "zh.txt", "ja.txt", "hi.txt", "vi.txt", "mixed.txt"]);

    [Theory]
    [MemberData(nameof(Translations))]
    public void RulesReportWhatTheyReportOnTheEnglishOriginal(string name)
    {
        Assert.Equal(Findings("en.txt"), Findings(name));
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void FixingChangesATranslationOnlyWhereItChangesTheOriginal(string name)
    {
        var english = Read("en.txt");
        var text = Read(name);
        var englishFixed = Fix(english);
        var result = Fix(text);
        Assert.Null(result.Refusal);
        Assert.Equal(englishFixed.Changed, result.Changed);
        if (!englishFixed.Changed)
        {
            Assert.Equal(text.Text, result.Fixed.Text);
        }
    }

    [Theory]
    [InlineData("vi.txt")]
    [InlineData("ru.txt")]
    [InlineData("mixed.txt")]
    public void DecomposedCharactersAreComposedNotMangled(string name)
    {
        var composed = Read(name).Text;
        var decomposed = composed.Normalize(System.Text.NormalizationForm.FormD);
        Assert.NotEqual(composed, decomposed);

        var result = Fix(SourceText.From(decomposed));
        Assert.Null(result.Refusal);
        Assert.Equal(composed, result.Fixed.Text);
    }

    private static List<string> Findings(string name) =>
        Driver.Analyze(Read(name), name).Select(d => $"{d.Id} at line {d.Location.Line}").ToList();

    private static FixResult Fix(SourceText text) => FixEngine.Fix(text, t => Driver.Analyze(t, "doc.txt"), FixOptions.Default, "doc.txt");

    private static SourceText Read(string name) => SourceText.Decode(File.ReadAllBytes(RepositoryPaths.Fixture("scripts", name)));
}
