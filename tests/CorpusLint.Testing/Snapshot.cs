using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Xunit.Sdk;

namespace CorpusLint.Testing;

/// <summary>
/// A small stand-in for Verify.Xunit (which cannot be restored here), following its conventions so a move to
/// Verify is a small change: the expected text lives in `&lt;Class&gt;.&lt;Method&gt;.verified.txt` beside the test's
/// source file; on a mismatch the actual text is written to `….received.txt` and the failure shows a diff.
/// Set CORPUSLINT_ACCEPT_SNAPSHOTS=1 to accept received text as verified (review the git diff afterwards).
/// </summary>
public static class Snapshot
{
    public static void Verify(string actual, string? name = null, [CallerFilePath] string sourceFile = "", [CallerMemberName] string method = "")
    {
        var directory = Path.GetDirectoryName(sourceFile)!;
        var stem = Path.Combine(directory, $"{Path.GetFileNameWithoutExtension(sourceFile)}.{name ?? method}");
        var verifiedPath = stem + ".verified.txt";
        var receivedPath = stem + ".received.txt";
        actual = actual.Replace("\r\n", "\n");

        if (Environment.GetEnvironmentVariable("CORPUSLINT_ACCEPT_SNAPSHOTS") == "1")
        {
            File.WriteAllText(verifiedPath, actual, new UTF8Encoding(false));
            DeleteIfExists(receivedPath);
            return;
        }

        if (!File.Exists(verifiedPath))
        {
            File.WriteAllText(receivedPath, actual, new UTF8Encoding(false));
            throw new XunitException($"No verified snapshot {verifiedPath}. Review {receivedPath} and rename it to .verified.txt to accept it.");
        }

        var expected = File.ReadAllText(verifiedPath).Replace("\r\n", "\n");
        if (expected == actual)
        {
            DeleteIfExists(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, actual, new UTF8Encoding(false));
        throw new XunitException($"Snapshot mismatch for {verifiedPath} (actual text written to {receivedPath}):\n{Diff(expected, actual)}");
    }

    /// <summary>
    /// Checks a source file that a test writes (generated code checked into the repository): it must equal what
    /// the test renders now. With CORPUSLINT_ACCEPT_SNAPSHOTS=1 the file is rewritten instead.
    /// </summary>
    /// <param name="relativePath">The file, relative to the repository root.</param>
    /// <param name="testFilter">The `dotnet test --filter` that regenerates it, for the failure message.</param>
    public static void VerifyGeneratedSource(string relativePath, string expected, string testFilter)
    {
        var path = Path.Combine(RepositoryPaths.Root, relativePath);
        if (Environment.GetEnvironmentVariable("CORPUSLINT_ACCEPT_SNAPSHOTS") == "1")
        {
            File.WriteAllText(path, expected, new UTF8Encoding(false));
            return;
        }

        var actual = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (actual != expected)
        {
            throw new XunitException($"{relativePath} is stale: run `CORPUSLINT_ACCEPT_SNAPSHOTS=1 dotnet test --filter {testFilter}` on its test project.\n{Diff(actual, expected)}");
        }
    }

    /// <summary>A readable line diff: '-' lines are expected, '+' lines are what the code produced.</summary>
    public static string Diff(string expected, string actual)
    {
        var model = new InlineDiffBuilder(new DiffPlex.Differ()).BuildDiffModel(expected, actual, ignoreWhitespace: false);
        var text = new StringBuilder();
        foreach (var line in model.Lines)
        {
            string prefix = line.Type switch
            {
                ChangeType.Inserted => "+ ",
                ChangeType.Deleted => "- ",
                _ => "  ",
            };
            if (line.Type != ChangeType.Unchanged)
            {
                text.Append(line.Position is { } p ? $"{p,5} " : "      ").Append(prefix).Append(line.Text).Append('\n');
            }
        }

        return text.ToString();
    }

    private static void DeleteIfExists(string path)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }
}
