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

    // Read on first use (IsTracked): a walk that meets no ignored path never reads the index.
    private TrackedFiles? _tracked;

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
            WalkFolder(_root, string.Empty, _rootReal, insideIgnored: false);
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
        var ignored = relative.Length > 0 && _ignores.IsIgnored(relative, isFolder);
        if ((ignored && !IsTracked(relative, isFolder)) || (relative.Length > 0 && _filter.IsExcluded(full, checkAncestors: true)))
        {
            return;
        }

        if (isFolder)
        {
            WalkFolder(full, relative, real, ignored);
        }
        else
        {
            _items.Add(WalkItem.File(full, relative));
        }
    }

    /// <param name="insideIgnored">True when git ignores this folder or one above it: then only tracked entries are walked.</param>
    private void WalkFolder(string full, string relative, string real, bool insideIgnored)
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
                VisitEntry(entry, childRelative, Path.Combine(real, entry.Name), insideIgnored);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                _items.Add(WalkItem.Problem(childRelative, $"cannot read ({Describe(ex)})"));
            }
        }
    }

    private void VisitEntry(FolderEntry entry, string relative, string real, bool insideIgnored)
    {
        if (entry.NeedsLookup)
        {
            entry = FolderLister.Examine(entry);
        }

        var ignored = insideIgnored || _ignores.IsIgnoredAtThisLevel(relative, entry.IsFolder);
        if (entry.IsLink)
        {
            VisitLink(entry.FullPath, relative, Path.GetDirectoryName(real) ?? real, ignored);
            return;
        }

        if (IsSkipped(entry.FullPath, relative, entry.IsFolder, ignored))
        {
            return;
        }

        if (entry.IsFolder)
        {
            WalkFolder(entry.FullPath, relative, real, ignored);
        }
        else
        {
            _items.Add(WalkItem.File(entry.FullPath, relative));
        }
    }

    private void VisitLink(string linkPath, string relative, string parentReal, bool ignored)
    {
        var target = LinkResolver.RealPath(linkPath);
        if (target is null)
        {
            if (!IsSkipped(linkPath, relative, isFolder: false, ignored))
            {
                _items.Add(WalkItem.Problem(relative, "symbolic link loop; not followed"));
            }

            return;
        }

        var isFolder = Directory.Exists(target);
        if ((!isFolder && !File.Exists(target)) || IsSkipped(linkPath, relative, isFolder, ignored))
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

    // Excluded entries are skipped, ignored ones unless git tracks them, and files must also match include.
    private bool IsSkipped(string full, string relative, bool isFolder, bool ignored) =>
        (ignored && !IsTracked(relative, isFolder))
        || _filter.IsExcluded(full, checkAncestors: false)
        || (!isFolder && !_filter.IsIncluded(full));

    /// <summary>
    /// True when git tracks the file, or a file below the folder: ignore rules do not apply to tracked files. The index
    /// is read when the walk first meets an ignored entry; an index that cannot be read is one problem, and then
    /// nothing counts as tracked (the ignore rules decide alone, as git's own ignore check would).
    /// </summary>
    private bool IsTracked(string relative, bool isFolder)
    {
        if (_tracked is null)
        {
            _tracked = TrackedFiles.Load(_root);
            if (_tracked.Problem is { } problem)
            {
                _items.Add(WalkItem.Problem(".git/index", problem));
            }
        }

        return isFolder ? _tracked.HasTrackedFilesBelow(relative) : _tracked.IsTracked(relative);
    }

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
