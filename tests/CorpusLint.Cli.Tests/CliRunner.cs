using System.Text;
using CorpusLint.Cli.Hosting;

namespace CorpusLint.Cli.Tests;

/// <summary>Runs the real command line in process, in a working directory, with optional standard input.</summary>
internal static class CliRunner
{
    public sealed record Result(int ExitCode, string Out, string Error);

    public static Result Run(string workingDirectory, string[] args, byte[]? standardInput = null)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var console = new CliConsole(stdout, stderr, () => new MemoryStream(standardInput ?? []), workingDirectory);
        int exit = CorpusLintApp.Run(args, console);
        return new Result(exit, stdout.ToString(), stderr.ToString());
    }

    public static Result Run(string workingDirectory, params string[] args) => Run(workingDirectory, args, null);

    public static Result RunWithInput(string workingDirectory, string input, params string[] args) =>
        Run(workingDirectory, args, Encoding.UTF8.GetBytes(input));
}
