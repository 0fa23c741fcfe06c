using System.Diagnostics;
using CorpusLint.Cli.Hosting;

namespace CorpusLint.Cli.Reporting;

/// <summary>
/// A one-line progress bar on standard error for long runs, redrawn in place and wiped at the end. Only when
/// standard error is a terminal and there are more than a handful of files: CI logs and pipes stay clean.
/// Safe to advance from several threads.
/// </summary>
public sealed class ProgressBar : IDisposable
{
    /// <summary>Runs of this many files or fewer finish before a bar would help.</summary>
    public const int HandfulOfFiles = 20;

    private const int Width = 30;
    private static readonly TimeSpan RedrawInterval = TimeSpan.FromMilliseconds(100);

    private readonly TextWriter? _terminal;
    private readonly int _total;
    private readonly Stopwatch _sinceRedraw = Stopwatch.StartNew();
    private readonly Lock _drawing = new();
    private int _done;
    private int _lastWidth;

    private ProgressBar(TextWriter? terminal, int total)
    {
        _terminal = terminal;
        _total = total;
    }

    public bool IsVisible => _terminal is not null;

    public static ProgressBar Start(CliConsole console, int files) =>
        new(console.IsErrorTerminal && files > HandfulOfFiles ? console.Error : null, files);

    public void Advance()
    {
        int done = Interlocked.Increment(ref _done);
        if (_terminal is null || (done < _total && _sinceRedraw.Elapsed < RedrawInterval))
        {
            return;
        }

        lock (_drawing)
        {
            _sinceRedraw.Restart();
            Draw(_terminal, Render(done, _total));
        }
    }

    /// <summary>Advances the bar for a finished item and passes it on, for use inside a Select.</summary>
    public T Counting<T>(T finished)
    {
        Advance();
        return finished;
    }

    /// <summary>The bar's text: `[#####.....]  120/1000 files`.</summary>
    public static string Render(int done, int total)
    {
        int filled = total == 0 ? Width : (int)((long)Width * Math.Min(done, total) / total);
        return $"[{new string('#', filled)}{new string('.', Width - filled)}] {done}/{total} files";
    }

    public void Dispose()
    {
        if (_terminal is null)
        {
            return;
        }

        lock (_drawing)
        {
            _terminal.Write('\r' + new string(' ', _lastWidth) + '\r');
            _terminal.Flush();
        }
    }

    private void Draw(TextWriter terminal, string line)
    {
        terminal.Write('\r' + line.PadRight(_lastWidth));
        terminal.Flush();
        _lastWidth = line.Length;
    }
}
