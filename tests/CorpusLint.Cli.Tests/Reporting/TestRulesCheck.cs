using System.CommandLine;
using CorpusLint.Cli.Commands;
using CorpusLint.Cli.Hosting;
using CorpusLint.Cli.Linting;
using CorpusLint.Configuration;

namespace CorpusLint.Cli.Tests.Reporting;

/// <summary>Runs the real `check` verb in process with <see cref="FormatTestAnalyzer"/> as its only rule.</summary>
internal static class TestRulesCheck
{
    public static CliRunner.Result Run(string workingDirectory, bool terminal, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var console = new CliConsole(stdout, stderr, () => new MemoryStream(), workingDirectory)
        {
            IsOutputTerminal = terminal,
            GetEnvironmentVariable = name => environment?.GetValueOrDefault(name),
        };
        var root = new RootCommand { CheckCommand.Create(console, () => new Linter([new FormatTestAnalyzer()], AnalysisSettings.Default)) };
        int exit = root.Parse(["check", .. args]).Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
        return new CliRunner.Result(exit, stdout.ToString(), stderr.ToString());
    }

    public static CliRunner.Result Run(string workingDirectory, params string[] args) => Run(workingDirectory, false, null, args);
}
