using BenchmarkDotNet.Running;
using CorpusLint.Benchmarks;

// `dotnet run -c Release --project tests/CorpusLint.Benchmarks -- rule-costs [ROUNDS]`: per-rule cost table.
// Anything else goes to BenchmarkDotNet, e.g. `-- --filter '*'` or `-- --filter '*Analyze*' --job short`.
if (args is ["rule-costs", ..])
{
    RuleCosts.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5);
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(EngineBenchmarks).Assembly).Run(args);
return 0;
