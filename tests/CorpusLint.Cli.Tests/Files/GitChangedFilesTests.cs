using CorpusLint.Cli.Files;

namespace CorpusLint.Cli.Tests.Files;

public class GitChangedFilesTests
{
    [Fact]
    public void ListsModifiedAddedAndUntrackedFilesButNotUnchangedOrDeletedOnes()
    {
        using var corpus = new TempCorpus();
        TestGit.Init(corpus.Root);
        corpus.Write("unchanged.txt", "Title\n\nSame.\n");
        corpus.Write("modified.txt", "Title\n\nBefore.\n");
        corpus.Write("deleted.txt", "Title\n\nGone soon.\n");
        TestGit.CommitAll(corpus.Root, "base");
        corpus.Write("modified.txt", "Title\n\nAfter.\n");
        File.Delete(corpus.PathOf("deleted.txt"));
        corpus.Write("sub/staged.txt", "Title\n\nNew.\n");
        TestGit.Run(corpus.Root, "add", "sub/staged.txt");
        corpus.Write("sub/untracked.txt", "Title\n\nNew too.\n");

        var (files, error) = GitChangedFiles.Since("HEAD", corpus.PathOf("sub"));

        Assert.Null(error);
        Assert.Equal(
            new[] { "modified.txt", "sub/staged.txt", "sub/untracked.txt" },
            files!.Select(f => Path.GetRelativePath(corpus.Root, f).Replace('\\', '/')).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AnUnknownRevisionIsAnErrorNamingIt()
    {
        using var corpus = new TempCorpus();
        TestGit.Init(corpus.Root);
        corpus.Write("a.txt", "Title\n\nText.\n");
        TestGit.CommitAll(corpus.Root, "base");

        var (files, error) = GitChangedFiles.Since("no-such-branch", corpus.Root);

        Assert.Null(files);
        Assert.StartsWith("--changed-since no-such-branch: git diff failed:", error);
    }
}
