using ContentLint.Core.Config;
using ContentLint.Core.Sources;

namespace ContentLint.Core.Tests.Sources;

public sealed class WorkingTreeWalkerTests
{
    private static List<string> Describe(IEnumerable<WalkItem> items) =>
        [.. items.Select(i => i.Kind == WalkItemKind.File ? i.RelativePath : $"{i.Kind} {i.RelativePath}: {i.Message}")];

    private static List<string> Walk(TempTree tree, params string[] paths) =>
        Describe(new WorkingTreeWalker().Walk(tree.Root, paths, ContentLintConfig.Default(tree.Root)));

    [Fact]
    public void Default_walk_honours_include_and_exclude_in_ordinal_order()
    {
        using var tree = new TempTree();
        foreach (var file in new[] { "b.md", "a/x.html", "a.md", "B.mdx", "notes.rst", "node_modules/p/readme.md", "public/index.html", "content/public/ok.md" })
        {
            tree.Write(file, "text");
        }

        Assert.Equal(["B.mdx", "a.md", "a/x.html", "b.md", "content/public/ok.md"], Walk(tree));
    }

    [Fact]
    public void Gitignored_files_and_folders_and_the_git_folder_are_skipped()
    {
        using var tree = new TempTree();
        tree.Write(".git/HEAD.md", "ref");
        tree.Write(".gitignore", "build/\n*.draft.md\n");
        tree.Write("content/.gitignore", "private.md\n");
        tree.Write("build/index.html", "x");
        tree.Write("content/a.draft.md", "x");
        tree.Write("content/private.md", "x");
        tree.Write("content/post.md", "x");

        Assert.Equal(["content/post.md"], Walk(tree));
    }

    [Fact]
    public void Config_globs_are_relative_to_the_config_folder()
    {
        using var tree = new TempTree();
        tree.Write("site/content/a.md", "x");
        tree.Write("site/drafts/b.md", "x");
        tree.Write("docs/c.md", "x");
        var config = ConfigLoader.Parse(
            "include: [\"content/**\", \"drafts/**\"]\nexclude: [drafts]\n", "site/.contentlint.yml", tree.PathOf("site"), new HashSet<string>());

        var items = new WorkingTreeWalker().Walk(tree.Root, [], config);

        Assert.Equal(["site/content/a.md"], Describe(items));
    }

    [Fact]
    public void A_symlink_leaving_the_repository_is_a_problem_and_not_followed()
    {
        using var outside = new TempTree();
        outside.Write("secret/patient.md", "x");
        outside.Write("patient.md", "x");
        using var tree = new TempTree();
        tree.Write("a.md", "x");
        tree.Link("shared", outside.PathOf("secret"));
        tree.Link("linked.md", outside.PathOf("patient.md"));
        tree.Link("notes.rst", outside.PathOf("patient.md"));

        Assert.Equal(
        [
            "a.md",
            "Problem linked.md: symbolic link points outside the repository; not followed",
            "Problem shared: symbolic link points outside the repository; not followed",
        ],
            Walk(tree));
    }

    [Fact]
    public void Symlink_loops_and_cycles_are_reported_without_hanging()
    {
        using var tree = new TempTree();
        tree.Write("content/a.md", "x");
        tree.Link("content/up", "..");
        tree.Link("loop1.md", "loop2.md");
        tree.Link("loop2.md", "loop1.md");

        Assert.Equal(
        [
            "content/a.md",
            "Problem content/up: symbolic link to a folder above it (a directory cycle); not followed",
            "Problem loop1.md: symbolic link loop; not followed",
            "Problem loop2.md: symbolic link loop; not followed",
        ],
            Walk(tree));
    }

    [Fact]
    public void Links_inside_the_repository_are_scanned_once_where_the_target_lies()
    {
        using var tree = new TempTree();
        tree.Write("content/a.md", "x");
        tree.Link("alias.md", "content/a.md");
        tree.Link("mirror", "content");
        tree.Link("dangling.md", "nowhere.md");

        Assert.Equal(["content/a.md"], Walk(tree));
    }

    [Fact]
    public void Named_files_skip_include_but_not_exclude_or_gitignore()
    {
        using var tree = new TempTree();
        tree.Write(".gitignore", "ignored.md\n");
        tree.Write("notes.rst", "x");
        tree.Write("ignored.md", "x");
        tree.Write("vendor/lib.md", "x");
        tree.Write("content/b.md", "x");
        tree.Write("content/c.rst", "x");

        var items = Walk(tree, tree.PathOf("notes.rst"), tree.PathOf("ignored.md"), tree.PathOf("vendor/lib.md"), tree.PathOf("content"));

        Assert.Equal(["content/b.md", "notes.rst"], items);
    }

    [Fact]
    public void Overlapping_arguments_yield_each_file_once()
    {
        using var tree = new TempTree();
        tree.Write("content/posts/a.md", "x");

        Assert.Equal(["content/posts/a.md"], Walk(tree, tree.PathOf("content"), tree.PathOf("content/posts"), tree.PathOf("content/posts/a.md")));
    }

    [Fact]
    public void Missing_and_outside_arguments_are_usage_errors()
    {
        using var tree = new TempTree();
        var missing = tree.PathOf("nope.md");

        var items = new WorkingTreeWalker().Walk(tree.Root, [missing, "/"], ContentLintConfig.Default(tree.Root)).ToList();

        Assert.All(items, i => Assert.Equal(WalkItemKind.InvalidArgument, i.Kind));
        Assert.Equal(["/: the path is outside the repository", $"{missing}: the path does not exist"], items.Select(i => $"{i.RelativePath}: {i.Message}"));
    }

    [Fact]
    public void An_unreadable_folder_is_a_problem_and_the_walk_goes_on()
    {
        using var tree = new TempTree();
        tree.Write("locked/a.md", "x");
        tree.Write("open/b.md", "x");
        var walker = new WorkingTreeWalker(path => path.EndsWith("locked", StringComparison.Ordinal)
            ? throw new UnauthorizedAccessException("denied")
            : FolderLister.List(path));

        var items = Describe(walker.Walk(tree.Root, [], ContentLintConfig.Default(tree.Root)));

        Assert.Equal(["Problem locked: cannot read the folder (permission denied)", "open/b.md"], items);
    }

    [Fact]
    public void File_items_carry_the_absolute_path()
    {
        using var tree = new TempTree();
        tree.Write("a.md", "x");

        var item = Assert.Single(new WorkingTreeWalker().Walk(tree.Root, [], ContentLintConfig.Default(tree.Root)));

        Assert.Equal((WalkItemKind.File, "a.md", tree.PathOf("a.md")), (item.Kind, item.RelativePath, item.FullPath));
    }
}
