using BenchmarkDotNet.Attributes;
using CorpusLint.Cli.Linting;
using CorpusLint.Configuration;
using CorpusLint.Rules;
using CorpusLint.Fixes;
using CorpusLint.Semantics;
using CorpusLint.Syntax;
using CorpusLint.Text;

namespace CorpusLint.Benchmarks;

/// <summary>
/// The engine's hot path, stage by stage, over the whole benchmark article set per operation: decoding,
/// parsing, the semantic model, analysis with every built-in rule, the fix engine, and the normaliser.
/// </summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private IReadOnlyList<(string Path, byte[] Bytes)> _files = [];
    private SourceText[] _texts = [];
    private Linter _linter = null!;

    [GlobalSetup]
    public void Setup()
    {
        _files = BenchmarkArticles.Load();
        _texts = _files.Select(f => SourceText.Decode(f.Bytes)).ToArray();
        _linter = new Linter(BuiltInRules.CreateAll(), AnalysisSettings.Default);
    }

    [Benchmark]
    public int Decode()
    {
        int length = 0;
        foreach (var (_, bytes) in _files)
        {
            length += SourceText.Decode(bytes).Length;
        }

        return length;
    }

    [Benchmark]
    public int Parse()
    {
        int lines = 0;
        foreach (var text in _texts)
        {
            lines += ArticleParser.Parse(text).Lines.Length;
        }

        return lines;
    }

    [Benchmark]
    public int SemanticModel()
    {
        int facts = 0;
        foreach (var text in _texts)
        {
            var model = new SemanticModel(ArticleParser.Parse(text));
            facts += model.Body.LastLine + (int)(100 * model.TopicOverlap("the body of the article")) + model.Shingles.LinesContaining("the body of the article").Count;
        }

        return facts;
    }

    [Benchmark]
    public int AnalyzeAllRules()
    {
        int diagnostics = 0;
        for (int i = 0; i < _texts.Length; i++)
        {
            diagnostics += _linter.Analyze(_texts[i], _files[i].Path).Count;
        }

        return diagnostics;
    }

    [Benchmark]
    public int Fix()
    {
        int changed = 0;
        for (int i = 0; i < _texts.Length; i++)
        {
            changed += _linter.Fix(_texts[i], _files[i].Path, FixOptions.Default).Changed ? 1 : 0;
        }

        return changed;
    }

    [Benchmark]
    public int Normalize()
    {
        int length = 0;
        foreach (var text in _texts)
        {
            length += Normalizer.Normalize(text.Text).Length;
        }

        return length;
    }
}
