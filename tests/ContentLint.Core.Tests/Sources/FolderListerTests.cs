using ContentLint.Core.Sources;

namespace ContentLint.Core.Tests.Sources;

public sealed class FolderListerTests
{
    [Fact]
    public void Entries_are_classified_as_a_stat_per_entry_would()
    {
        using var tree = new TempTree();
        tree.Write("page.md", "x");
        tree.Write(".gitignore", "x");
        tree.Folder("folder");
        tree.Folder(".hidden");
        tree.Link("file-link.md", tree.PathOf("page.md"));
        tree.Link("folder-link", tree.PathOf("folder"));
        tree.Link("dangling", tree.PathOf("missing.md"));
        tree.Link("loop", tree.PathOf("loop"));

        var listed = FolderLister.List(tree.Root)
            .Select(entry => entry.NeedsLookup ? FolderLister.Examine(entry) : entry)
            .OrderBy(entry => entry.Name, StringComparer.Ordinal)
            .Select(entry => (entry.Name, entry.FullPath, entry.IsFolder, entry.IsLink));

        // What the walk used before: FileSystemInfo objects, a stat each.
        var expected = new DirectoryInfo(tree.Root).EnumerateFileSystemInfos("*", new EnumerationOptions { AttributesToSkip = 0 })
            .OrderBy(info => info.Name, StringComparer.Ordinal)
            .Select(info => (info.Name, info.FullName, info is DirectoryInfo, (info.Attributes & FileAttributes.ReparsePoint) != 0 && info.LinkTarget is not null));
        Assert.Equal(expected, listed);
    }

    [Fact]
    public void Only_links_need_a_lookup()
    {
        using var tree = new TempTree();
        tree.Write("a.md", "x");
        tree.Folder("b");
        tree.Link("c.md", tree.PathOf("a.md"));

        var needLookup = FolderLister.List(tree.Root).Where(entry => entry.NeedsLookup).Select(entry => entry.Name);

        Assert.Equal(["c.md"], needLookup);
    }
}
