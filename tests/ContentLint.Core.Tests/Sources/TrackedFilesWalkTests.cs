using ContentLint.Core.Config;
using ContentLint.Core.Sources;

namespace ContentLint.Core.Tests.Sources;

/// <summary>The walk scans tracked files whatever <c>.gitignore</c> says, and falls back to the ignore rules alone without a readable index.</summary>
public sealed class TrackedFilesWalkTests
{
    private static List<string> Walk(TempTree tree) =>
        [.. new WorkingTreeWalker().Walk(tree.Root, [], ContentLintConfig.Default(tree.Root))
            .Select(i => i.Kind == WalkItemKind.File ? i.RelativePath : $"{i.Kind} {i.RelativePath}: {i.Message}")];

    [Fact]
    public void Tracked_files_under_ignored_folders_are_walked_and_untracked_ones_are_not()
    {
        using var tree = Repository();
        tree.Write(".gitignore", "exported/\n*.draft.md\n");
        tree.Write("exported/untracked.md", "x");
        tree.Write("exported/sub/untracked.md", "x");
        tree.Write("content/new.draft.md", "x");

        Assert.Equal(["content/a.md", "content/old.draft.md", "exported/deep/b.md", "exported/story.md"], Walk(tree));
    }

    [Fact]
    public void An_unreadable_index_is_one_problem_and_the_ignore_rules_decide_alone()
    {
        using var tree = Repository();
        tree.Write(".gitignore", "exported/\n");
        tree.WriteBytes(".git/index", [.. "DIRC"u8, 0, 0, 0, 2, 0, 0, 0, 9, 1, 2, 3]);

        Assert.Equal(
        [
            "Problem .git/index: cannot read the git index (entry count larger than the file); tracked files that .gitignore matches are not scanned",
            "content/a.md",
            "content/old.draft.md",
        ], Walk(tree));
    }

    [Fact]
    public void A_repository_with_nothing_ignored_never_reads_the_index()
    {
        using var tree = Repository();
        tree.WriteBytes(".git/index", [.. "not an index"u8]);

        Assert.Equal(["content/a.md", "content/old.draft.md", "exported/deep/b.md", "exported/story.md"], Walk(tree));
    }

    private static TempTree Repository()
    {
        var tree = new TempTree();
        GitCommandLine.InitRepository(tree.Root);
        foreach (var file in new[] { "content/a.md", "content/old.draft.md", "exported/story.md", "exported/deep/b.md" })
        {
            tree.Write(file, "x");
        }

        GitCommandLine.Git(tree.Root, "add", ".");
        return tree;
    }
}
