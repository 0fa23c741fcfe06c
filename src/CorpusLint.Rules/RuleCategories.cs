namespace CorpusLint.Rules;

/// <summary>The rule categories; the first digit of a rule id names its category (CL1xxx = Navigation, …).</summary>
public static class RuleCategories
{
    public const string Navigation = "Navigation";
    public const string ShareAndFollow = "ShareAndFollow";
    public const string WidgetsAndAds = "WidgetsAndAds";
    public const string Duplicates = "Duplicates";
    public const string UnrelatedHeadlines = "UnrelatedHeadlines";
    public const string Metadata = "Metadata";
    public const string SiteBoilerplate = "SiteBoilerplate";
    public const string Normalisation = "Normalisation";

    public static readonly IReadOnlyList<string> All =
        [Navigation, ShareAndFollow, WidgetsAndAds, Duplicates, UnrelatedHeadlines, Metadata, SiteBoilerplate, Normalisation];
}
