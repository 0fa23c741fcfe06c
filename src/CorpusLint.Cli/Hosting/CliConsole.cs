namespace CorpusLint.Cli.Hosting;

/// <summary>
/// The process's standard streams and working directory, passed in rather than read from globals, so the
/// end-to-end tests can run the real command line in process.
/// </summary>
public sealed record CliConsole(TextWriter Out, TextWriter Error, Func<Stream> OpenStandardInput, string WorkingDirectory)
{
    /// <summary>Standard output is a terminal (not a pipe or file): the text format may use colour.</summary>
    public bool IsOutputTerminal { get; init; }

    /// <summary>Standard error is a terminal: long runs may draw a progress bar there.</summary>
    public bool IsErrorTerminal { get; init; }

    /// <summary>The process environment (NO_COLOR and the like); tests pass their own.</summary>
    public Func<string, string?> GetEnvironmentVariable { get; init; } = _ => null;

    /// <param name="output">Standard output as the tool writes it (the console's own writer is never created).</param>
    public static CliConsole FromProcess(TextWriter output) => new(
        output,
        System.Console.Error,
        System.Console.OpenStandardInput,
        Directory.GetCurrentDirectory())
    {
        IsOutputTerminal = !System.Console.IsOutputRedirected,
        IsErrorTerminal = !System.Console.IsErrorRedirected,
        GetEnvironmentVariable = Environment.GetEnvironmentVariable,
    };
}
