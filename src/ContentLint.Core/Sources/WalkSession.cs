using ContentLint.Core.Config;

namespace ContentLint.Core.Sources;

/// <summary>The state of one <see cref="WorkingTreeWalker.Walk"/> call.</summary>
internal sealed class WalkSession
{
    private readonly string _root;
    private readonly string _rootReal;
    private readonly PathFilter _filter;
    private readonly GitIgnoreRules _ignores;
    private readonly Func<string, List<FolderEntry>> _listDirectory;
    private readonly List<WalkItem> _items = [];
    private readonly HashSet<string> _visitedFolders =
        new(PathText.Comparison == StringComparison.Ordinal ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase);

    public WalkSession(string repositoryRoot, ContentLintConfig config, Func<string, List<FolderEntry>> listDirectory)
    {
        _root = PathText.Normalize(repositoryRoot);
        _rootReal = LinkResolver.RealPath(_root) ?? _root;
        _filter = new PathFilter(config);
        _ignores = new GitIgnoreRules(_root);
        _listDirectory = listDirectory;
    }

    public IEnumerable<WalkItem> Run(IReadOnlyList<string> paths)
    {
        if (paths.Count == 0)
        {
            WalkFolder(_root, string.Empty, _rootReal);
        }

        foreach (var path in paths)
        {
            AddArgument(path);
        }

        return _items
            .DistinctBy(item => (item.Kind, item.RelativePath))
            .OrderBy(item => item.RelativePath, StringComparer.Ordinal)
            .ThenBy(item => item.Kind)
            .ToList();
    }

    private void AddArgument(string argument)
    {
        var full = PathText.Normalize(argument);
        if (RelativeToRoot(full) is not { } relative)
        {
            _items.Add(WalkItem.InvalidArgument(argument, "the path is outside the repository"));
            return;
        }

        var real = LinkResolver.RealPath(full);
        if (real is null || !(File.Exists(real) || Directory.Exists(real)))
        {
            _items.Add(real is null
                ? WalkItem.Problem(relative, "symbolic link loop; not followed")
                : WalkItem.InvalidArgument(argument, "the path does not exist"));
            return;
        }

        if (!PathText.IsAtOrBelow(real, _rootReal))
        {
            _items.Add(WalkItem.Problem(relative, "symbolic link points outside the repository; not followed"));
            return;
        }

        var isFolder = Directory.Exists(real);
        if (relative.Length > 0 && (_ignores.IsIgnored(relative, isFolder) || _filter.IsExcluded(full, checkAncestors: true)))
        {
            return;
        }

        if (isFolder)
        {
            WalkFolder(full, relative, real);
        }
        else
        {
            _items.Add(WalkItem.File(full, relative));
        }
    }

    private void WalkFolder(string full, string relative, string real)
    {
        if (!_visitedFolders.Add(real))
        {
            return;
        }

        List<FolderEntry> entries;
        try
        {
            entries = _listDirectory(full);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _items.Add(WalkItem.Problem(relative.Length == 0 ? "." : relative, $"cannot read the folder ({Describe(ex)})"));
            return;
        }

        entries.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        foreach (var entry in entries)
        {
            if (entry.Name == ".git")
            {
                continue;
            }

            var childRelative = relative.Length == 0 ? entry.Name : $"{relative}/{entry.Name}";
            // Joined here: past the limit, .NET's listing gives the entry an empty full path.
            if (PathText.IsTooLong(Path.Join(full, entry.Name)))
            {
                _items.Add(WalkItem.Problem(childRelative, $"path longer than {PathText.MaxBytes} bytes; not scanned, nor anything below it"));
                continue;
            }

            try
            {
                VisitEntry(entry, childRelative, Path.Combine(real, entry.Name));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                _items.Add(WalkItem.Problem(childRelative, $"cannot read ({Describe(ex)})"));
            }
        }
    }

    private void VisitEntry(FolderEntry entry, string relative, string real)
    {
        if (entry.NeedsLookup)
        {
            entry = FolderLister.Examine(entry);
        }

        if (entry.IsLink)
        {
            VisitLink(entry.FullPath, relative, Path.GetDirectoryName(real) ?? real);
            return;
        }

        if (IsSkipped(entry.FullPath, relative, entry.IsFolder))
        {
            return;
        }

        if (entry.IsFolder)
        {
            WalkFolder(entry.FullPath, relative, real);
        }
        else
        {
            _items.Add(WalkItem.File(entry.FullPath, relative));
        }
    }

    private void VisitLink(string linkPath, string relative, string parentReal)
    {
        var target = LinkResolver.RealPath(linkPath);
        if (target is null)
        {
            if (!IsSkipped(linkPath, relative, isFolder: false))
            {
                _items.Add(WalkItem.Problem(relative, "symbolic link loop; not followed"));
            }

            return;
        }

        var isFolder = Directory.Exists(target);
        if ((!isFolder && !File.Exists(target)) || IsSkipped(linkPath, relative, isFolder))
        {
            return;
        }

        if (!PathText.IsAtOrBelow(target, _rootReal))
        {
            _items.Add(WalkItem.Problem(relative, "symbolic link points outside the repository; not followed"));
        }
        else if (isFolder && PathText.IsAtOrBelow(parentReal, target))
        {
            _items.Add(WalkItem.Problem(relative, "symbolic link to a folder above it (a directory cycle); not followed"));
        }
    }

    // Ignored or excluded entries are skipped, and files must also match include.
    private bool IsSkipped(string full, string relative, bool isFolder) =>
        _ignores.IsIgnoredAtThisLevel(relative, isFolder)
        || _filter.IsExcluded(full, checkAncestors: false)
        || (!isFolder && !_filter.IsIncluded(full));

    private string? RelativeToRoot(string full)
    {
        if (PathText.Equals(full, _root))
        {
            return string.Empty;
        }

        return PathText.IsAtOrBelow(full, _root) ? Path.GetRelativePath(_root, full).Replace('\\', '/') : null;
    }

    private static string Describe(Exception ex) =>
        ex is UnauthorizedAccessException ? "permission denied" : "I/O error";
}
