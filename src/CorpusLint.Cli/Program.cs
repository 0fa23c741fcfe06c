using CorpusLint.Cli;
using CorpusLint.Cli.Hosting;

return CorpusLintApp.Run(args, CliConsole.FromProcess());
