using CorpusLint.Cli.Files;
using CorpusLint.Cli.Hosting;

namespace CorpusLint.Cli.Pipeline;

/// <summary>
/// Runs a verb's per-file work on <c>jobs</c> threads. Each job writes to its own buffered console; the
/// buffers reach the real console in file order, so output is byte-for-byte what a one-thread run prints.
/// Files stream through: a bounded number are in flight, finished ones are released as soon as they are shown.
/// </summary>
public sealed class FilePipeline(CliConsole console, int jobs)
{
    public IEnumerable<T> Run<T>(IEnumerable<InputFile> files, Func<InputFile, CliConsole, T> work)
    {
        // One file (the pre-commit case) gains nothing from a worker thread, which costs its start and the
        // compilation of the ordered-parallel machinery at start-up.
        if (jobs <= 1 || files is IReadOnlyCollection<InputFile> { Count: <= 1 })
        {
            return files.Select(file => work(file, console));
        }

        return OrderedParallel.Select(files, jobs, file =>
        {
            var buffered = console with { Out = new StringWriter { NewLine = console.Out.NewLine }, Error = new StringWriter { NewLine = console.Error.NewLine } };
            return (Result: work(file, buffered), Out: buffered.Out.ToString()!, Error: buffered.Error.ToString()!);
        }).Select(done =>
        {
            console.Out.Write(done.Out);
            console.Error.Write(done.Error);
            return done.Result;
        });
    }
}
