using System.Runtime.Versioning;

namespace CorpusLint.Cli.Tests.Files;

/// <summary>Paths that trip tools up: each is reported by name and the run goes on with the other files.</summary>
// The Unix-only tests skip themselves on Windows; this tells the platform analyzer so.
[UnsupportedOSPlatform("windows")]
public class HostilePathTests
{
    private const string Junky = "Title\n\nShare\n\nThe body of the article.\n";
    private const string Clean = "Title\n\nThe body of the article.\n";

    [Fact]
    public void AMissingFileIsAnErrorAndTheOthersAreStillFixed()
    {
        using var corpus = new TempCorpus();
        corpus.Write("a.txt", Junky);
        var result = CliRunner.Run(corpus.Root, "fix", "missing.txt", "a.txt");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error: missing.txt: no such file or directory", result.Error);
        Assert.Equal(Clean, File.ReadAllText(corpus.PathOf("a.txt")));
    }

    [SkippableFact]
    public void NamesWithSpacesAndNewlinesAreFixedAndShownOnOneLine()
    {
        Skip.If(OperatingSystem.IsWindows(), "Windows file names cannot hold a newline");
        using var corpus = new TempCorpus();
        corpus.Write("corpus/with space.txt", Junky);
        corpus.Write("corpus/new\nline.txt", Junky);
        var result = CliRunner.Run(corpus.Root, "fix", "corpus");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Fixed corpus/new\\nline.txt (", result.Out);
        Assert.Contains("Fixed corpus/with space.txt (", result.Out);
        Assert.Equal(Clean, File.ReadAllText(corpus.PathOf("corpus/new\nline.txt")));
        Assert.Equal(Clean, File.ReadAllText(corpus.PathOf("corpus/with space.txt")));
    }

    [SkippableFact]
    public void ANameThatIsNotUtf8IsAnErrorNamingIt()
    {
        Skip.If(OperatingSystem.IsWindows(), "Windows file names are UTF-16");
        using var corpus = new TempCorpus();
        corpus.Write("corpus/good.txt", Junky);
        corpus.WriteFileNamedInvalidUtf8("corpus");

        var result = CliRunner.Run(corpus.Root, "fix", "corpus");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error: corpus/bad\uFFFD.txt: the name is not valid UTF-8", result.Error);
        Assert.Equal(Clean, File.ReadAllText(corpus.PathOf("corpus/good.txt")));
    }

    [SkippableFact]
    public void ASymbolicLinkLoopIsNotFollowed()
    {
        Skip.If(OperatingSystem.IsWindows(), "symbolic links need privileges on Windows");
        using var corpus = new TempCorpus();
        corpus.Write("corpus/sub/a.txt", Junky);
        Directory.CreateSymbolicLink(corpus.PathOf("corpus/sub/loop"), "..");

        var result = CliRunner.Run(corpus.Root, "check", "corpus");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("warning: corpus/sub/loop: a symbolic link to a folder; not followed", result.Error);
        Assert.Contains("1 file checked", result.Out);
    }

    [SkippableFact]
    public void AFolderThatCannotBeListedIsAnErrorNamingIt()
    {
        Skip.If(OperatingSystem.IsWindows(), "Unix file modes only");

        // Root can list any folder, so as root the tool runs as the unprivileged user instead.
        bool asRoot = Environment.IsPrivilegedProcess;
        var cannot = asRoot ? ToolProcess.WhyCannotRunUnprivileged() : null;
        Skip.If(cannot is not null, cannot);
        using var corpus = new TempCorpus();
        corpus.Write("corpus/open/a.txt", Junky);
        corpus.Write("corpus/locked/b.txt", Junky);
        File.SetUnixFileMode(corpus.PathOf("corpus/locked"), UnixFileMode.None);
        try
        {
            var (exit, output, error) = asRoot
                ? ToolProcess.Run(corpus.Root, ["check", "corpus", "--format", "msbuild"], unprivileged: true) is var r ? (r.ExitCode, r.Out, r.Error) : default
                : CliRunner.Run(corpus.Root, "check", "corpus", "--format", "msbuild") is var c ? (c.ExitCode, c.Out, c.Error) : default;
            Assert.Equal(2, exit);
            Assert.Contains("error: corpus/locked: cannot list the folder", error);
            Assert.Contains("corpus/open/a.txt(3,1): warning", output);
        }
        finally
        {
            File.SetUnixFileMode(corpus.PathOf("corpus/locked"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
