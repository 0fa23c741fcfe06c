using BenchmarkDotNet.Running;
using CorpusLint.Benchmarks;

// `dotnet run -c Release --project tests/CorpusLint.Benchmarks -- rule-costs [ROUNDS] [PASSES]`: per-rule cost table.
// Anything else goes to BenchmarkDotNet, e.g. `-- --filter '*'` or `-- --filter '*Analyze*' --job short`.
if (args is ["rule-costs", ..])
{
    int Arg(int index, int fallback) => args.Length > index ? int.Parse(args[index], System.Globalization.CultureInfo.InvariantCulture) : fallback;
    RuleCosts.Run(rounds: Arg(1, 5), passes: Arg(2, 10));
    return 0;
}

// `-- model-costs [ROUNDS]`: the semantic model's facts and each boilerplate signal, timed alone.
if (args is ["model-costs", ..])
{
    ModelCosts.Run(rounds: args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5);
    return 0;
}

// `-- report-costs [ROUNDS]`: what formatting a warm run's report costs per diagnostic, in each line format.
if (args is ["report-costs", ..])
{
    ReportCosts.Run(rounds: args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5);
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(EngineBenchmarks).Assembly).Run(args);
return 0;
