using ContentLint.Core.Config;
using ContentLint.Core.Tests.Sources;

namespace ContentLint.Core.Tests.Config;

public sealed class ConfigDiscoveryTests
{
    [Fact]
    public void Nearest_config_from_the_start_folder_upward_wins()
    {
        using var tree = new TempTree();
        tree.Write(".contentlint.yml", "");
        tree.Write("site/.contentlint.yaml", "");
        tree.Folder("site/content/posts");

        var found = ConfigLoader.Discover(tree.PathOf("site/content/posts"), tree.Root);

        Assert.Equal(tree.PathOf("site/.contentlint.yaml"), found);
    }

    [Fact]
    public void Yml_is_preferred_to_yaml_in_the_same_folder()
    {
        using var tree = new TempTree();
        tree.Write(".contentlint.yaml", "");
        tree.Write(".contentlint.yml", "");

        Assert.Equal(tree.PathOf(".contentlint.yml"), ConfigLoader.Discover(tree.Root, tree.Root));
    }

    [Fact]
    public void Discovery_never_looks_above_the_repository_root()
    {
        using var tree = new TempTree();
        tree.Write(".contentlint.yml", "");
        tree.Folder("repo/.git");
        tree.Folder("repo/content");

        var found = ConfigLoader.Discover(tree.PathOf("repo/content"), tree.PathOf("repo"));

        Assert.Null(found);
        Assert.Equal(tree.PathOf(".contentlint.yml"), ConfigLoader.Discover(tree.PathOf("repo/content"), null));
    }

    [Fact]
    public void A_config_in_the_repository_root_itself_is_found()
    {
        using var tree = new TempTree();
        tree.Write(".contentlint.yml", "");
        tree.Folder("content");

        Assert.Equal(tree.PathOf(".contentlint.yml"), ConfigLoader.Discover(tree.PathOf("content") + "/", tree.Root + "/"));
    }
}
