using CorpusLint.Cli.Pipeline;

namespace CorpusLint.Cli.Tests.Pipeline;

public class OrderedParallelTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void ResultsComeInInputOrderWhateverTheFinishingOrder(int jobs)
    {
        // Early items are the slowest, so workers finish them last.
        var results = OrderedParallel.Select(Enumerable.Range(0, 200), jobs, i =>
        {
            Thread.Sleep(i < 10 ? 20 - i : 0);
            return i * 2;
        }).ToList();

        Assert.Equal(Enumerable.Range(0, 200).Select(i => i * 2), results);
    }

    [Fact]
    public void OnlyABoundedNumberOfItemsAreInFlight()
    {
        int taken = 0, yielded = 0, maxInFlight = 0;
        var source = Enumerable.Range(0, 1000).Select(i =>
        {
            int inFlight = Interlocked.Increment(ref taken) - Volatile.Read(ref yielded);
            InterlockedMax(ref maxInFlight, inFlight);
            return i;
        });

        foreach (var _ in OrderedParallel.Select(source, 2, i => i))
        {
            Interlocked.Increment(ref yielded);
            Thread.SpinWait(200);
        }

        Assert.Equal(1000, yielded);
        Assert.InRange(maxInFlight, 1, 2 * 8 + 1);
    }

    [Fact]
    public void AnExceptionInTheWorkReachesTheConsumerAsThrown()
    {
        var run = OrderedParallel.Select(Enumerable.Range(0, 50), 2, i => i == 30 ? throw new InvalidOperationException("boom") : i);
        var error = Assert.Throws<InvalidOperationException>(() => run.ToList());
        Assert.Equal("boom", error.Message);
    }

    [Fact]
    public void StoppingEarlyStopsTheWorkers()
    {
        int worked = 0;
        var first = OrderedParallel.Select(Enumerable.Range(0, 100_000), 2, i => Interlocked.Increment(ref worked)).Take(5).ToList();
        Assert.Equal(5, first.Count);
        Assert.InRange(worked, 5, 100);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
