namespace CorpusLint.Cli.Tests.Configuration;

/// <summary>
/// A broken configuration stops `fix` before it touches any file, with an error naming the file and the
/// place; a user pattern that would backtrack catastrophically cannot hang a run.
/// </summary>
public class HostileConfigurationTests
{
    private const string Junky = "Title\n\nShare\n\nThe body of the article, long enough to read as prose.\n";

    [Theory]
    [InlineData("{ \"rules\": { \"CL2001\": \"warning\", } ", "corpuslint.json(2,1): invalid JSON")]
    [InlineData("{ \"rules\": { \"CL2001\": 5 } }", "corpuslint.json(1,24): rule CL2001: expected a severity")]
    [InlineData("{ \"rules\": { \"CL9999\": \"error\" } }", "corpuslint.json(1,14): unknown rule id 'CL9999'")]
    [InlineData("{ \"rulePacks\": 7 }", "corpuslint.json(1,16): rulePacks (a list of strings): expected an array")]
    public void ABrokenConfigurationIsAnErrorAndNothingIsWritten(string configuration, string error)
    {
        using var corpus = new TempCorpus();
        Directory.CreateDirectory(corpus.PathOf(".git"));
        corpus.Write("corpuslint.json", configuration + "\n");
        corpus.Write("a.txt", Junky);
        var before = corpus.Snapshot();

        var result = CliRunner.Run(corpus.Root, "fix", "a.txt");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error: " + error, result.Error);
        Assert.Equal(before, corpus.Snapshot());
    }

    [Fact]
    public void APatternThatWouldBacktrackCatastrophicallyDoesNotHangTheRun()
    {
        // "^(a+)+$" against 50 000 a's and a '!' takes a backtracking engine longer than the universe has;
        // the pack loader's non-backtracking engine answers in linear time.
        const string pack = """
            { "rules": [ { "id": "ACME0001", "title": "t", "category": "c", "message": "m '{0}'", "description": "d",
                           "fix": "safe", "patterns": ["^(a+)+$"] } ] }
            """;
        using var corpus = new TempCorpus();
        Directory.CreateDirectory(corpus.PathOf(".git"));
        corpus.Write("evil.json", pack);
        corpus.Write("corpuslint.json", """{ "rulePacks": ["evil.json"] }""");
        var evil = new string('a', 50_000) + "!";
        corpus.Write("a.txt", Junky + "\n" + evil + "\n");

        var result = CliRunner.Run(corpus.Root, "fix", "a.txt");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("Title\n\nThe body of the article, long enough to read as prose.\n\n" + evil + "\n", File.ReadAllText(corpus.PathOf("a.txt")));
    }
}
