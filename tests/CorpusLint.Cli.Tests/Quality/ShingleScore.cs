using System.Text.RegularExpressions;

namespace CorpusLint.Cli.Tests.Quality;

/// <summary>
/// The devset's measure (../shared/devset/score), so CI can assert it without Python: word 4-gram multisets
/// of output and gold, per-page precision and recall, macro-averaged; F1 is their harmonic mean.
/// </summary>
internal static partial class ShingleScore
{
    public static (double Precision, double Recall, bool HasOutput, bool HasGold) Page(string gold, string predicted)
    {
        var g = Shingles(gold);
        var p = Shingles(predicted);
        double tp = g.Sum(kv => Math.Min(kv.Value, p.GetValueOrDefault(kv.Key)));
        double fn = g.Values.Sum() - tp;
        double fp = p.Values.Sum() - tp;
        double precision = tp + fp > 0 ? tp / (tp + fp) : 0;
        double recall = tp + fn > 0 ? tp / (tp + fn) : 0;
        if (fp == 0 && fn == 0)
        {
            (precision, recall) = (1, 1);
        }

        return (precision, recall, tp + fp > 0, tp + fn > 0);
    }

    private static Dictionary<string, int> Shingles(string text)
    {
        var tokens = Word().Matches(text).Select(m => m.Value).ToList();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        if (tokens.Count is > 0 and < 4)
        {
            counts[string.Join(' ', tokens)] = 1;
        }

        for (int i = 0; i + 4 <= tokens.Count; i++)
        {
            var key = string.Join(' ', tokens.Skip(i).Take(4));
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        return counts;
    }

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();
}
