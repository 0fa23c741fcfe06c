using CorpusLint.Rules.Packs;
using CorpusLint.Semantics;
using CorpusLint.Syntax;
using CorpusLint.Testing;
using CorpusLint.Text;

namespace CorpusLint.Rules.Tests.Packs;

public class StartFilteredClaimsTests
{
    /// <summary>
    /// The model passes over the pack rules that claim no line beginning as a line does, learnt from their filters
    /// once per first two characters. Once every built-in regex is hot (its filter learnt), a rule that claims a
    /// line must say it may claim a line beginning so, and the first claim must be the one that asking every rule
    /// in order gives: over the seeds' lines and the lines the packs name, in three cases, with the Kelvin sign and
    /// the long s (which match `k` and `s` ignoring case), and cut to their first words.
    /// </summary>
    [Fact]
    public void TheFirstClaimIsTheOneAskingEveryRuleInOrderGives()
    {
        var lines = Directory.GetFiles(RepositoryPaths.Fixture("seeds", "input"), "*.txt")
            .SelectMany(File.ReadLines)
            .Concat(["Share this", "Follow us on Twitter", "By Jane Doe", "Updated: Jan 5, 2024", "May 16, 2019, 10:29 PM", "News Code: 83317115",
                "Date:", "Photo: AP", "— Reuters", "Getty Images", "5 min read", "Home » News", "Advertisement", "Leave a comment", "Print",
                "© 2019 Example Media. All rights reserved.", "This site uses cookies.", "Sign up for our newsletter", "Read more", "Most read"])
            .Select(l => l.Trim())
            .Where(l => l.Length > 0)
            .SelectMany(l => new[] { l, l.ToUpperInvariant(), l.ToLowerInvariant(), l.Replace('k', '\u212A').Replace('s', '\u017F'), string.Join(' ', l.Split(' ').Take(3)) })
            .Distinct()
            .ToList();
        var tree = ArticleParser.Parse(SourceText.From(string.Join("\n\n", lines)));
        var signals = BuiltInRules.CreateAll().OfType<IBoilerplateSignal>().ToList();
        Assert.True(signals.Count >= 20, $"only {signals.Count} signals");

        // Every rule asked about every short line, often enough that each regex learns its filter.
        var shortLines = tree.Lines.Where(l => !l.IsBlank && l.Features.WordCount <= 3).ToList();
        for (int round = 0; round * shortLines.Count < 2 * PackRegex.HotCalls; round++)
        {
            foreach (var line in shortLines)
            {
                foreach (var signal in signals)
                {
                    signal.IsBoilerplate(line);
                }
            }
        }

        var ordered = signals.OrderBy(s => s.SignalOrder).ThenBy(s => s.SignalId, StringComparer.Ordinal).ToList();
        var model = new BoilerplateSignals(signals);
        int claimed = 0, turnedAway = 0;
        foreach (var line in tree.Lines.Where(l => !l.IsBlank))
        {
            var start = line.TrimmedText[..Math.Min(2, line.TrimmedText.Length)];
            foreach (var signal in signals.OfType<IStartFilteredSignal>())
            {
                bool mayClaim = signal.MayClaimLineBeginning(start);
                Assert.True(mayClaim || !((IBoilerplateSignal)signal).IsBoilerplate(line), $"{((IBoilerplateSignal)signal).SignalId} claims '{line.Text}' but turns away its beginning");
                turnedAway += mayClaim ? 0 : 1;
            }

            var expected = ordered.FirstOrDefault(s => line.Features.WordCount <= s.MaxWords && s.IsBoilerplate(line));
            Assert.Same(expected, model.FirstClaim(line));
            claimed += expected is null ? 0 : 1;
        }

        Assert.True(claimed > 50, $"only {claimed} lines claimed");
        Assert.True(turnedAway > lines.Count, $"only {turnedAway} rules turned away by a line's beginning");
    }
}
