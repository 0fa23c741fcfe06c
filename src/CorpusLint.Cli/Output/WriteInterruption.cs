using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace CorpusLint.Cli.Output;

/// <summary>
/// Lets an interrupted run (Ctrl-C, SIGTERM, SIGHUP, SIGQUIT) end between writes, not in the middle of one:
/// the signal handler waits for the writes in progress to finish (each takes milliseconds), stops new ones
/// from starting, removes any temporary file still there, and then lets the signal end the process as
/// usual. So an interrupted run leaves every file original or clean and no temporary files; only SIGKILL,
/// which no process can catch, may leave a temporary file behind.
/// </summary>
internal static class WriteInterruption
{
    // A write stuck on a hung disk must not make Ctrl-C hang too.
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(3);

    // Writes share the gate (they run in parallel); the handler takes it alone.
    private static readonly ReaderWriterLockSlim Gate = new(LockRecursionPolicy.NoRecursion);

    private static readonly ConcurrentDictionary<string, byte> Temporaries = new(StringComparer.Ordinal);

    private static readonly Lazy<IReadOnlyList<PosixSignalRegistration>> Registrations = new(Register);

    private static volatile bool _interrupted;

    /// <summary>Runs one write that uses <paramref name="temporary"/>; an IOException when the run is being interrupted.</summary>
    public static void Run(string temporary, Action write)
    {
        _ = Registrations.Value;
        Gate.EnterReadLock();
        try
        {
            if (_interrupted)
            {
                throw new IOException("the run was interrupted; the file was left as it is");
            }

            Temporaries[temporary] = 0;
            write();
        }
        finally
        {
            Temporaries.TryRemove(temporary, out _);
            Gate.ExitReadLock();
        }
    }

    private static IReadOnlyList<PosixSignalRegistration> Register()
    {
        try
        {
            return [.. new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP, PosixSignal.SIGQUIT }
                .Where(signal => !OperatingSystem.IsWindows() || signal is PosixSignal.SIGINT or PosixSignal.SIGTERM)
                .Select(signal => PosixSignalRegistration.Create(signal, _ => OnInterrupt()))];
        }
        catch (PlatformNotSupportedException)
        {
            return [];
        }
    }

    // The gate is never released: the process ends when the handler returns.
    private static void OnInterrupt()
    {
        _interrupted = true;
        Gate.TryEnterWriteLock(MaxWait);
        foreach (var temporary in Temporaries.Keys)
        {
            AtomicFileWriter.DeleteQuietly(temporary);
        }
    }
}
