using CorpusLint.Semantics;

namespace CorpusLint.Core.Tests.Semantics;

public class KeyTableTests
{
    /// <summary>
    /// Filled far past the size it was made for, with keys that share their low or high bits (and 0 and the extremes),
    /// the table must give what a dictionary given the same writes gives.
    /// </summary>
    [Fact]
    public void GivesWhatADictionaryGivesThroughGrowthAndCollidingKeys()
    {
        var random = new Random(6);
        var keys = new List<long> { 0, -1, long.MinValue, long.MaxValue };
        keys.AddRange(Enumerable.Range(1, 3000).Select(i => (long)i << 40));
        keys.AddRange(Enumerable.Range(1, 3000).Select(i => (long)i));
        keys.AddRange(Enumerable.Range(0, 3000).Select(_ => random.NextInt64(long.MinValue, long.MaxValue)));
        var table = new KeyTable(expected: 10);
        var expected = new Dictionary<long, int>();
        foreach (long key in keys.Concat(keys.Take(500)))
        {
            ref int value = ref table.Slot(key);
            int next = expected.TryGetValue(key, out int old) ? old + 1 : 1;
            Assert.Equal(expected.GetValueOrDefault(key), value);
            value = next;
            expected[key] = next;
        }

        Assert.All(expected, pair => Assert.Equal(pair.Value, table[pair.Key]));
        Assert.Equal(0, table[12345]);
        Assert.Equal(0, table[-12345]);
    }
}
