namespace CorpusLint.Cli.Hosting;

/// <summary>
/// The process's standard streams and working directory, passed in rather than read from globals, so the
/// end-to-end tests can run the real command line in process.
/// </summary>
public sealed record CliConsole(TextWriter Out, TextWriter Error, Func<Stream> OpenStandardInput, string WorkingDirectory)
{
    public static CliConsole FromProcess() => new(
        System.Console.Out,
        System.Console.Error,
        System.Console.OpenStandardInput,
        Directory.GetCurrentDirectory());
}
