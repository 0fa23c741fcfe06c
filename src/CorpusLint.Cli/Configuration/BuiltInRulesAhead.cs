using CorpusLint.Analysis;
using CorpusLint.Rules;

namespace CorpusLint.Cli.Configuration;

/// <summary>
/// The built-in rules, built on another thread. A run that checks files needs them only once its inputs are found,
/// and building them (the packs' JSON, the rules' tables) took about 35 ms of a 175 ms one-article check with the
/// ReadyToRun package: started when the process starts, they are built on the second core while the command line
/// is parsed and the inputs are found.
/// </summary>
internal static class BuiltInRulesAhead
{
    private static Task<IReadOnlyList<Analyzer>>? s_started;

    /// <summary>Starts building the rules for the first <see cref="Take"/> (the process's entry point calls this).</summary>
    public static void Start() => s_started = Build();

    /// <summary>The rules started ahead, once; afterwards (and in a test host, which never starts them) a new build.</summary>
    public static Task<IReadOnlyList<Analyzer>> Take() => Interlocked.Exchange(ref s_started, null) ?? Build();

    private static Task<IReadOnlyList<Analyzer>> Build() =>
        Task.Factory.StartNew(BuiltInRules.CreateAll, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
}
