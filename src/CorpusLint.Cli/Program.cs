using System.Text;
using CorpusLint.Cli;
using CorpusLint.Cli.Configuration;
using CorpusLint.Cli.Hosting;

// The verbs that check files start building the rules now, on another core (see BuiltInRulesAhead).
if (args is ["check" or "fix" or "baseline", ..])
{
    BuiltInRulesAhead.Start();
}

// Standard output is block-buffered (flushed when the run ends): a corpus run prints hundreds of thousands of
// lines, and the console's own writer makes a system call for each one.
using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16);
return CorpusLintApp.Run(args, CliConsole.FromProcess(stdout));
