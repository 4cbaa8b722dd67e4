using System.IO.Enumeration;

namespace ContentLint.Core.Sources;

/// <summary>
/// Lists a folder for the tree walk without a <c>stat</c> call per entry. <see cref="FileSystemInfo"/> objects (and
/// <see cref="FileSystemEntry.Attributes"/>) stat every entry, which was a third of a 10,000-file walk; the entry's type
/// from the directory listing says "folder" for free, and "link" only through <see cref="EnumerationOptions.AttributesToSkip"/>.
/// So the folder is read twice: once without links, once whole. Names only in the second listing are links (or entries
/// created between the two reads); those few are looked at one by one (<see cref="Examine"/>), as before.
/// </summary>
internal static class FolderLister
{
    private static readonly EnumerationOptions WithoutLinks = new()
    {
        AttributesToSkip = FileAttributes.ReparsePoint,
        IgnoreInaccessible = false,
        RecurseSubdirectories = false,
    };

    // The defaults skip hidden entries, which on Unix means every dot-file, .gitignore included.
    private static readonly EnumerationOptions Everything = new()
    {
        AttributesToSkip = 0,
        IgnoreInaccessible = false,
        RecurseSubdirectories = false,
    };

    /// <summary>The entries of <paramref name="folder"/> (a full, normalized path), in no particular order.</summary>
    /// <exception cref="IOException">The folder cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder cannot be read.</exception>
    public static List<FolderEntry> List(string folder)
    {
        // .NET cannot open a folder whose name it decoded with U+FFFD; its entries are listed by the folder's bytes.
        if (UndecodableNames.Applies(folder))
        {
            return UndecodableNames.ListFolder(folder);
        }

        var entries = new List<FolderEntry>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in new FileSystemEnumerable<FolderEntry>(folder, Plain, WithoutLinks))
        {
            entries.Add(entry);
            names.Add(entry.Name);
        }

        foreach (var name in new FileSystemEnumerable<string>(folder, (ref FileSystemEntry entry) => entry.FileName.ToString(), Everything))
        {
            if (!names.Contains(name))
            {
                entries.Add(new FolderEntry(name, Path.Join(folder, name), IsFolder: false, IsLink: false, NeedsLookup: true));
            }
        }

        return entries;
    }

    private static FolderEntry Plain(ref FileSystemEntry entry) =>
        new(entry.FileName.ToString(), entry.ToFullPath(), entry.IsDirectory, IsLink: false);

    /// <summary>
    /// What a listing with a stat per entry says: a folder when it is one or links to one, a link when it is a symbolic
    /// link with a target. An entry that vanished since the listing is neither: the walk lists it as a file whose read
    /// then fails, as it did when the listing itself looked at each entry.
    /// </summary>
    /// <exception cref="IOException">The entry cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The entry cannot be read.</exception>
    public static FolderEntry Examine(FolderEntry entry)
    {
        FileSystemInfo info = Directory.Exists(entry.FullPath) ? new DirectoryInfo(entry.FullPath) : new FileInfo(entry.FullPath);
        var isLink = (info.Attributes & FileAttributes.ReparsePoint) != 0 && info.LinkTarget is not null;
        return entry with { IsFolder = info is DirectoryInfo, IsLink = isLink, NeedsLookup = false };
    }
}
