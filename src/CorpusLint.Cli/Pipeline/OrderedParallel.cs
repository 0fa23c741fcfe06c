using System.Runtime.ExceptionServices;

namespace CorpusLint.Cli.Pipeline;

/// <summary>
/// Maps a stream of items on a fixed number of worker threads and yields the results in the input's order.
/// At most <c>window</c> items are in flight (taken from the source but not yet yielded), so memory stays
/// bounded however long the source is, and a slow item only holds back output, never the whole run's memory.
/// </summary>
public static class OrderedParallel
{
    public static IEnumerable<TOut> Select<TIn, TOut>(IEnumerable<TIn> source, int jobs, Func<TIn, TOut> work)
    {
        if (jobs <= 1)
        {
            // One job: no threads at all, which is also what a one-file pre-commit run wants.
            foreach (var item in source)
            {
                yield return work(item);
            }

            yield break;
        }

        using var run = new Run<TIn, TOut>(source, jobs, work, window: jobs * 8);
        while (run.TryTakeNext(out var result))
        {
            yield return result;
        }
    }

    private sealed class Run<TIn, TOut> : IDisposable
    {
        private readonly object _gate = new();
        private readonly IEnumerator<TIn> _source;
        private readonly Func<TIn, TOut> _work;
        private readonly Slot[] _slots;
        private readonly Thread[] _workers;
        private long _taken;      // items taken from the source (the next item's sequence number)
        private long _yielded;    // results handed to the consumer
        private bool _sourceDone;
        private bool _stopping;
        private Exception? _sourceError;

        public Run(IEnumerable<TIn> source, int jobs, Func<TIn, TOut> work, int window)
        {
            _source = source.GetEnumerator();
            _work = work;
            _slots = new Slot[window];
            _workers = new Thread[jobs];
            for (int i = 0; i < jobs; i++)
            {
                _workers[i] = new Thread(WorkLoop) { IsBackground = true, Name = $"corpuslint-worker-{i}" };
                _workers[i].Start();
            }
        }

        public bool TryTakeNext(out TOut result)
        {
            lock (_gate)
            {
                long index = _yielded;
                ref var slot = ref _slots[index % _slots.Length];
                while (!(slot.Filled && slot.Index == index))
                {
                    if (_sourceError is not null)
                    {
                        ExceptionDispatchInfo.Throw(_sourceError);
                    }

                    if (_sourceDone && index >= _taken)
                    {
                        result = default!;
                        return false;
                    }

                    Monitor.Wait(_gate);
                }

                if (slot.Error is { } error)
                {
                    // A bug in the work, not a file problem (those are results): surface it as thrown.
                    ExceptionDispatchInfo.Throw(error);
                }

                result = slot.Result!;
                slot = default;
                _yielded++;
                Monitor.PulseAll(_gate);
                return true;
            }
        }

        public void Dispose()
        {
            lock (_gate)
            {
                _stopping = true;
                Monitor.PulseAll(_gate);
            }

            foreach (var worker in _workers)
            {
                worker.Join();
            }

            _source.Dispose();
        }

        private void WorkLoop()
        {
            while (true)
            {
                long index;
                TIn item;
                lock (_gate)
                {
                    // Wait for room in the window: the consumer must have yielded old results first.
                    while (!_stopping && !_sourceDone && _taken - _yielded >= _slots.Length)
                    {
                        Monitor.Wait(_gate);
                    }

                    if (_stopping || _sourceDone)
                    {
                        return;
                    }

                    try
                    {
                        if (!_source.MoveNext())
                        {
                            _sourceDone = true;
                            Monitor.PulseAll(_gate);
                            return;
                        }
                    }
                    catch (Exception e)
                    {
                        _sourceError = e;
                        _sourceDone = true;
                        Monitor.PulseAll(_gate);
                        return;
                    }

                    item = _source.Current;
                    index = _taken++;
                }

                Slot done;
                try
                {
                    done = new Slot(index, _work(item), null, Filled: true);
                }
                catch (Exception e)
                {
                    done = new Slot(index, default, e, Filled: true);
                }

                lock (_gate)
                {
                    _slots[index % _slots.Length] = done;
                    Monitor.PulseAll(_gate);
                }
            }
        }

        private record struct Slot(long Index, TOut? Result, Exception? Error, bool Filled);
    }
}
