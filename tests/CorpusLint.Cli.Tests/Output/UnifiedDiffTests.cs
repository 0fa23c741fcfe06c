using CorpusLint.Cli.Output;

namespace CorpusLint.Cli.Tests.Output;

public class UnifiedDiffTests
{
    [Fact]
    public void IdenticalTextsHaveNoDiff()
    {
        Assert.Equal("", UnifiedDiff.Create("a\nb\n", "a\nb\n", "a", "b"));
    }

    [Fact]
    public void HunksCarryThreeLinesOfContext()
    {
        var before = string.Join("\n", Enumerable.Range(1, 10).Select(i => $"line {i}")) + "\n";
        var after = before.Replace("line 5\n", "");
        var diff = UnifiedDiff.Create(before, after, "a/x.txt", "b/x.txt");
        Assert.Equal("--- a/x.txt\n+++ b/x.txt\n@@ -2,7 +2,6 @@\n line 2\n line 3\n line 4\n-line 5\n line 6\n line 7\n line 8\n", diff);
    }
}
