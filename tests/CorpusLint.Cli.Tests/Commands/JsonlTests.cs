using System.Text.Json.Nodes;
using CorpusLint.Testing;

namespace CorpusLint.Cli.Tests.Commands;

/// <summary>check --jsonl and fix --jsonl: JSON Lines records in, the same records out, in order.</summary>
public class JsonlTests
{
    private static readonly string[] Seeds = Directory.GetFiles(RepositoryPaths.Fixture("seeds", "input")).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void FixCleansEachRecordLikeTheFileFixAndKeepsOrderAndOtherFields()
    {
        using var corpus = TempCorpus.WithSeeds();
        CliRunner.Run(corpus.Root, "fix", "seeds", "--output-dir", "out", "--no-cache");
        var input = string.Join("\n", Seeds.Select((path, i) => new JsonObject
        {
            ["id"] = Path.GetFileName(path),
            ["text"] = File.ReadAllText(path),
            ["source"] = new JsonObject { ["n"] = i },
        }.ToJsonString()));

        var result = CliRunner.RunWithInput(corpus.Root, input, "fix", "--jsonl", "--jobs", "3");
        Assert.Equal(0, result.ExitCode);
        var records = Lines(result.Out).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
        Assert.Equal(Seeds.Length, records.Count);
        for (int i = 0; i < Seeds.Length; i++)
        {
            var name = Path.GetFileName(Seeds[i]);
            Assert.Equal(name, (string)records[i]["id"]!);
            Assert.Equal(i, (int)records[i]["source"]!["n"]!);
            Assert.Equal(File.ReadAllText(corpus.PathOf("out/" + name)), (string)records[i]["text"]!);
            Assert.Null(records[i]["diagnostics"]);
        }

        Assert.Contains($"{Seeds.Length} records read", result.Error);
    }

    /// <summary>
    /// With no path, records come from standard input and no folder is walked: a map step runs in whatever folder its
    /// engine gives it, where a walk would read every file below for nothing and fail on a name it cannot open.
    /// </summary>
    [SkippableFact]
    public void WithNoPathTheRecordsComeFromStandardInputAndTheFolderIsNotWalked()
    {
        Skip.If(OperatingSystem.IsWindows(), "Windows file names are UTF-16");
        using var corpus = new TempCorpus();
        corpus.WriteFileNamedInvalidUtf8("pages");
        corpus.Write("pages/page.txt", "Title\n\nShare post:\n");

        foreach (var command in (string[])["fix", "check"])
        {
            var result = CliRunner.RunWithInput(corpus.Root, "{\"id\": \"a\", \"text\": \"Title\\n\"}\n", command, "--jsonl");
            Assert.Equal(0, result.ExitCode);
            Assert.Equal("a", (string)JsonNode.Parse(Lines(result.Out).Single())!["id"]!);
            Assert.DoesNotContain("pages", result.Error);
        }
    }

    [Fact]
    public void CheckAddsDiagnosticsNamedByTheIdFieldAndExitsLikeCheck()
    {
        using var corpus = new TempCorpus();
        corpus.Write("in.jsonl", "{\"doc\": 7, \"body\": \"Title\\n\\nShare post:\\n\"}\n\n{\"doc\": 8, \"body\": \"Clean title\\n\"}\n");

        var result = CliRunner.Run(corpus.Root, "check", "--jsonl", "in.jsonl", "--id-field", "doc", "--text-field", "body");
        Assert.Equal(1, result.ExitCode);
        var records = Lines(result.Out).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
        Assert.Equal([7, 8], records.Select(r => (int)r["doc"]!));
        var found = records[0]["diagnostics"]!.AsArray().Select(d => d!.AsObject()).Single(d => (string)d["rule"]! == "CL2001");
        Assert.Equal(3, (int)found["line"]!);
        Assert.Equal("Title\n\nShare post:\n", (string)records[0]["body"]!);
        Assert.Empty(records[1]["diagnostics"]!.AsArray());
    }

    [Fact]
    public void FixCanAddTheDiagnosticsOfTheTextAsItCame()
    {
        using var corpus = new TempCorpus();
        var result = CliRunner.RunWithInput(corpus.Root, "{\"id\": \"a\", \"text\": \"Title\\n\\nShare post:\\n\"}\n", "fix", "--jsonl", "--diagnostics");
        var record = JsonNode.Parse(Lines(result.Out).Single())!.AsObject();
        Assert.Equal("Title\n", (string)record["text"]!);
        Assert.Contains(record["diagnostics"]!.AsArray(), d => (string)d!["rule"]! == "CL2001" && (int)d["line"]! == 3);
    }

    [Fact]
    public void ABadRecordIsPassedThroughNamedInAnErrorAndFailsTheRun()
    {
        using var corpus = new TempCorpus();
        const string first = "Storm closes the coast road\r\n\r\nThe coast road was closed on Monday after the storm brought down trees and power lines along it.\r\n";
        const string last = "Council approves the new bridge\n\nThe council approved the new bridge on Tuesday, after two years of talks with the residents.";
        var input = $"{new JsonObject { ["id"] = 1, ["text"] = first }.ToJsonString()}\nnot json\n{{\"id\": 3}}\n{new JsonObject { ["id"] = 4, ["text"] = last }.ToJsonString()}\n";
        var result = CliRunner.RunWithInput(corpus.Root, input, "fix", "--jsonl", "--stdin-filename", "part-0001.jsonl");

        Assert.Equal(2, result.ExitCode);
        var lines = Lines(result.Out);
        Assert.Equal(4, lines.Count);
        Assert.Equal("not json", lines[1]);
        Assert.Equal("{\"id\": 3}", lines[2]);
        Assert.Equal(CliRunner.RunWithInput(corpus.Root, first, "fix", "-").Out, (string)JsonNode.Parse(lines[0])!["text"]!);
        Assert.Equal(CliRunner.RunWithInput(corpus.Root, last, "fix", "-").Out, (string)JsonNode.Parse(lines[3])!["text"]!);
        Assert.EndsWith("residents.\n", (string)JsonNode.Parse(lines[3])!["text"]!);
        Assert.Contains("part-0001.jsonl:2: not valid JSON", result.Error);
        Assert.Contains("part-0001.jsonl:3: the record has no string field \"text\"", result.Error);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("fix")]
    public void AnEscapedHalfOfASurrogatePairIsTheRecordsErrorNotTheRunsEnd(string command)
    {
        using var corpus = new TempCorpus();
        const string good = "{\"id\": 3, \"text\": \"Council approves the new bridge\\n\\nThe council approved the new bridge on Tuesday.\"}";
        var input = "{\"id\": 1, \"text\": \"Title\\n\\nA body \\ud800 line.\"}\n{\"id\": \"\\udc00\", \"text\": \"Title\"}\n" + good + "\n";
        var result = CliRunner.RunWithInput(corpus.Root, input, command, "--jsonl", "--stdin-filename", "part.jsonl");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("part.jsonl:1: the field \"text\" is not text: ", result.Error);
        Assert.Contains("part.jsonl:2: the field \"id\" is not text: ", result.Error);
        var lines = Lines(result.Out);
        Assert.Equal(3, lines.Count);
        Assert.Equal(3, (int)JsonNode.Parse(lines[2])!["id"]!);
    }

    [Fact]
    public void JsonlCannotBeCombinedWithFileOutputs()
    {
        using var corpus = new TempCorpus();
        var result = CliRunner.RunWithInput(corpus.Root, "{}", "fix", "--jsonl", "--output-dir", "out");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--output-dir cannot be used with --jsonl", result.Error);
        Assert.Equal(2, CliRunner.Run(corpus.Root, "check", "--jsonl", "missing.jsonl").ExitCode);
    }

    private static List<string> Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
}
