using ContentLint.Core.Sources;

namespace ContentLint.Core.Tests.Sources;

public sealed class RepositoryLocatorTests
{
    [Fact]
    public void The_nearest_folder_holding_dot_git_is_the_root()
    {
        using var tree = new TempTree();
        tree.Folder("repo/.git");
        tree.Write("repo/worktree/.git", "gitdir: ../.git/worktrees/w\n");
        tree.Folder("repo/content/posts");
        tree.Folder("repo/worktree/content");

        Assert.Equal(tree.PathOf("repo"), RepositoryLocator.FindRoot(tree.PathOf("repo/content/posts")));
        Assert.Equal(tree.PathOf("repo/worktree"), RepositoryLocator.FindRoot(tree.PathOf("repo/worktree/content")));
    }
}
