using System.CommandLine;
using CorpusLint.Cli.Commands;
using CorpusLint.Cli.Hosting;
using CorpusLint.Diagnostics;
using CorpusLint.Rules;
using CorpusLint.Rules.Packs;
using CorpusLint.Analysis;
using CorpusLint.Fixes;

namespace CorpusLint.Cli;

/// <summary>The `corpuslint` command line: its verbs, wired to a console so tests can run it in process.</summary>
public static class CorpusLintApp
{
    public static int Run(string[] args, CliConsole console)
    {
        var root = new RootCommand("CorpusLint: a linter and cleaner for corpora of scraped news articles.")
        {
            CheckCommand.Create(console),
            FixCommand.Create(console),
            RulesCommand.Create(console, AllDescriptors),
            ExplainCommand.Create(console, () => [.. AllDescriptors(), .. FixGuard.Descriptors]),
            InitCommand.Create(console, AllDescriptors),
            BaselineCommand.Create(console),
            HookCommand.Create(console),
            CleanCommand.Create(console),
        };

        var parsed = root.Parse(args);
        var configuration = new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false };
        try
        {
            int exit = parsed.Invoke(configuration);

            // System.CommandLine returns 1 for parse errors; usage errors are 2 here, as documented.
            return parsed.Errors.Count > 0 ? ExitCodes.Error : exit;
        }
        catch (RulePackException e)
        {
            console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.Error;
        }
    }

    /// <summary>
    /// Every rule a configuration may name. The fix guard's refusals (CL0002-CL0004) are not among them: no
    /// setting turns a safety check off, so only `explain` knows them.
    /// </summary>
    public static IReadOnlyList<DiagnosticDescriptor> AllDescriptors() =>
    [
        AnalyzerDriver.AnalyzerFailed,
        .. BuiltInRules.CreateAll().SelectMany(a => a.SupportedDiagnostics),
    ];
}
