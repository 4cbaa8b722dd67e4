using ContentLint.Core.Sources;

namespace ContentLint.Core.Tests.Sources;

/// <summary>The index reader against indexes written by the real git, and against damaged ones.</summary>
public sealed class GitIndexReaderTests
{
    private static readonly string[] Files = ["README.md", "content/a.md", "content/about/team.md", "content/about/x.html", "dist/story.md", "z.md"];

    [Theory]
    [InlineData("2")]
    [InlineData("3")]
    [InlineData("4")]
    public void Reads_every_path_of_an_index_written_by_git(string version)
    {
        using var tree = CommittedTree();
        GitCommandLine.Git(tree.Root, "update-index", "--index-version", version);

        var paths = GitIndexReader.ReadPaths(File.ReadAllBytes(tree.PathOf(".git/index")));

        Assert.Equal(Files, paths);
    }

    [Fact]
    public void Reads_entries_with_extended_flags()
    {
        using var tree = CommittedTree();
        tree.Write("new/intent.md", "x");
        // An intent-to-add entry has the extended flags, which make git write version 3.
        GitCommandLine.Git(tree.Root, "add", "--intent-to-add", "new/intent.md");

        var bytes = File.ReadAllBytes(tree.PathOf(".git/index"));
        var paths = GitIndexReader.ReadPaths(bytes);

        Assert.Equal(3, bytes[7]);
        Assert.Equal([.. Files[..5], "new/intent.md", "z.md"], paths);
    }

    [Fact]
    public void Reads_a_sha256_repository_index()
    {
        using var tree = new TempTree();
        GitCommandLine.InitRepository(tree.Root, "--object-format=sha256");
        tree.Write("content/a.md", "x");
        GitCommandLine.Git(tree.Root, "add", ".");
        GitCommandLine.Git(tree.Root, "update-index", "--index-version", "4");

        Assert.Equal(["content/a.md"], GitIndexReader.ReadPaths(File.ReadAllBytes(tree.PathOf(".git/index"))));
    }

    [Theory]
    [InlineData("2")]
    [InlineData("4")]
    public void Every_truncation_fails_cleanly(string version)
    {
        using var tree = CommittedTree();
        GitCommandLine.Git(tree.Root, "update-index", "--index-version", version);
        var bytes = File.ReadAllBytes(tree.PathOf(".git/index"));

        // Cut anywhere: an error, or (cut after the entries, in the extensions) every path; never a read past the end or a wrong list.
        for (var length = 0; length < bytes.Length; length++)
        {
            var cut = bytes[..length];
            List<string>? paths = null;
            var failure = Record.Exception(() => paths = GitIndexReader.ReadPaths(cut));
            Assert.True(failure is InvalidDataException || (failure is null && paths!.SequenceEqual(Files)), $"length {length}: {failure?.GetType().Name ?? "a wrong list"}");
        }
    }

    [Fact]
    public void A_hostile_entry_count_fails_without_allocating_it()
    {
        byte[] index = [.. "DIRC"u8, 0, 0, 0, 2, 0x7F, 0xFF, 0xFF, 0xFF, .. new byte[100]];

        Assert.Throws<InvalidDataException>(() => GitIndexReader.ReadPaths(index));
    }

    [Fact]
    public void A_prefix_longer_than_the_previous_path_fails()
    {
        using var tree = CommittedTree();
        GitCommandLine.Git(tree.Root, "update-index", "--index-version", "4");
        var bytes = File.ReadAllBytes(tree.PathOf(".git/index"));
        // The first entry's prefix length (0: there is no previous path) follows its 62 fixed bytes.
        bytes[12 + 62] = 0x05;

        Assert.Throws<InvalidDataException>(() => GitIndexReader.ReadPaths(bytes));
    }

    [Fact]
    public void Other_files_are_not_an_index()
    {
        Assert.Throws<InvalidDataException>(() => GitIndexReader.ReadPaths("not an index at all"u8));
        Assert.Throws<InvalidDataException>(() => GitIndexReader.ReadPaths([.. "DIRC"u8, 0, 0, 0, 9, 0, 0, 0, 0]));
    }

    private static TempTree CommittedTree()
    {
        var tree = new TempTree();
        GitCommandLine.InitRepository(tree.Root);
        foreach (var file in Files)
        {
            tree.Write(file, file);
        }

        GitCommandLine.Git(tree.Root, "add", ".");
        GitCommandLine.Git(tree.Root, "commit", "-q", "-m", "pages");
        return tree;
    }
}
