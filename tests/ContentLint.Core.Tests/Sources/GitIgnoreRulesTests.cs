using ContentLint.Core.Sources;

namespace ContentLint.Core.Tests.Sources;

public sealed class GitIgnoreRulesTests
{
    private static GitIgnoreRules RulesFor(TempTree tree) => new(tree.Root);

    [Fact]
    public void Unanchored_names_match_at_any_depth()
    {
        using var tree = new TempTree();
        tree.Write(".gitignore", "# build output\n*.log\ndrafts\n");
        var rules = RulesFor(tree);

        Assert.True(rules.IsIgnored("a/b/c.log", isDirectory: false));
        Assert.True(rules.IsIgnored("content/drafts", isDirectory: true));
        Assert.True(rules.IsIgnored("content/drafts/post.md", isDirectory: false));
        Assert.False(rules.IsIgnored("content/post.md", isDirectory: false));
        Assert.False(rules.IsIgnored("# build output", isDirectory: false));
    }

    [Fact]
    public void A_slash_at_start_or_middle_anchors_to_the_gitignore_folder()
    {
        using var tree = new TempTree();
        tree.Write(".gitignore", "/root-only.md\ncontent/private/\n");
        var rules = RulesFor(tree);

        Assert.True(rules.IsIgnored("root-only.md", isDirectory: false));
        Assert.False(rules.IsIgnored("sub/root-only.md", isDirectory: false));
        Assert.True(rules.IsIgnored("content/private/a.md", isDirectory: false));
        Assert.False(rules.IsIgnored("other/content/private/a.md", isDirectory: false));
    }

    [Fact]
    public void Directory_only_patterns_do_not_match_files()
    {
        using var tree = new TempTree();
        tree.Write(".gitignore", "build/\n");
        var rules = RulesFor(tree);

        Assert.True(rules.IsIgnored("build/index.html", isDirectory: false));
        Assert.True(rules.IsIgnored("site/build", isDirectory: true));
        Assert.False(rules.IsIgnored("build", isDirectory: false));
    }

    [Fact]
    public void Negation_reincludes_a_file_but_not_inside_an_ignored_folder()
    {
        using var tree = new TempTree();
        tree.Write(".gitignore", "*.md\n!keep.md\nsecret/\n!secret/keep.md\n");
        var rules = RulesFor(tree);

        Assert.True(rules.IsIgnored("a.md", isDirectory: false));
        Assert.False(rules.IsIgnored("docs/keep.md", isDirectory: false));
        Assert.True(rules.IsIgnored("secret/keep.md", isDirectory: false));
    }

    [Fact]
    public void Nested_gitignore_applies_to_its_folder_and_overrides_the_parent()
    {
        using var tree = new TempTree();
        tree.Write(".gitignore", "*.html\n");
        tree.Write("content/.gitignore", "!*.html\n/local.md\n");
        var rules = RulesFor(tree);

        Assert.True(rules.IsIgnored("site/index.html", isDirectory: false));
        Assert.False(rules.IsIgnored("content/index.html", isDirectory: false));
        Assert.True(rules.IsIgnored("content/local.md", isDirectory: false));
        Assert.False(rules.IsIgnored("local.md", isDirectory: false));
        Assert.False(rules.IsIgnored("content/sub/local.md", isDirectory: false));
    }

    [Fact]
    public void Info_exclude_applies_with_lowest_precedence()
    {
        using var tree = new TempTree();
        tree.Write(".git/info/exclude", "notes/\nscratch.md\n");
        tree.Write(".gitignore", "!scratch.md\n");
        var rules = RulesFor(tree);

        Assert.True(rules.IsIgnored("notes/a.md", isDirectory: false));
        Assert.False(rules.IsIgnored("scratch.md", isDirectory: false));
    }

    [Fact]
    public void Escapes_trailing_spaces_and_double_stars_follow_git()
    {
        using var tree = new TempTree();
        tree.Write(".gitignore", "\\#hash.md\nspaced.md   \nkeep\\ \n\\!bang.md\nlogs/**/debug.md\r\n**/tmp\n");
        var rules = RulesFor(tree);

        Assert.True(rules.IsIgnored("#hash.md", isDirectory: false));
        Assert.True(rules.IsIgnored("spaced.md", isDirectory: false));
        Assert.True(rules.IsIgnored("keep ", isDirectory: false));
        Assert.True(rules.IsIgnored("!bang.md", isDirectory: false));
        Assert.True(rules.IsIgnored("logs/debug.md", isDirectory: false));
        Assert.True(rules.IsIgnored("logs/a/b/debug.md", isDirectory: false));
        Assert.True(rules.IsIgnored("x/tmp/y.md", isDirectory: false));
        Assert.False(rules.IsIgnored("keep", isDirectory: false));
    }

    [Fact]
    public void Braces_are_literal_in_gitignore()
    {
        using var tree = new TempTree();
        tree.Write(".gitignore", "{a,b}.md\n");
        var rules = RulesFor(tree);

        Assert.True(rules.IsIgnored("{a,b}.md", isDirectory: false));
        Assert.False(rules.IsIgnored("a.md", isDirectory: false));
    }

    [Fact]
    public void The_git_folder_is_always_ignored()
    {
        using var tree = new TempTree();

        Assert.True(RulesFor(tree).IsIgnored(".git/config", isDirectory: false));
        Assert.True(RulesFor(tree).IsIgnored("sub/.git", isDirectory: true));
    }
}
