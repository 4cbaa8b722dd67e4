namespace ContentLint.Core.Sources;

/// <summary>
/// The ignore rules of a working tree: <c>.git/info/exclude</c> and every <c>.gitignore</c> (a nested one applies to
/// its folder and overrides its parents), with negation, folder-only patterns and anchoring as git applies them.
/// A path inside an ignored folder is ignored whatever a later <c>!pattern</c> says, as in git. Files are read lazily
/// and cached; unreadable ones count as empty. The global <c>core.excludesFile</c> is not read, so results do not
/// depend on the machine.
/// </summary>
public sealed class GitIgnoreRules
{
    private readonly string _root;
    private readonly Dictionary<string, IReadOnlyList<GitIgnorePattern>> _byFolder = new(StringComparer.Ordinal);
    private IReadOnlyList<GitIgnorePattern>? _infoExclude;

    /// <summary>Rules for the working tree at <paramref name="repositoryRoot"/>.</summary>
    public GitIgnoreRules(string repositoryRoot)
    {
        ArgumentException.ThrowIfNullOrEmpty(repositoryRoot);
        _root = Path.GetFullPath(repositoryRoot);
    }

    /// <summary>True when git would ignore <paramref name="relativePath"/> (repository-relative, <c>/</c> separators) or a folder above it.</summary>
    public bool IsIgnored(string relativePath, bool isDirectory)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        var slash = relativePath.IndexOf('/', StringComparison.Ordinal);
        while (slash >= 0)
        {
            if (IsIgnoredAtThisLevel(relativePath[..slash], isDirectory: true))
            {
                return true;
            }

            slash = relativePath.IndexOf('/', slash + 1);
        }

        return IsIgnoredAtThisLevel(relativePath, isDirectory);
    }

    /// <summary>The verdict for the path itself, assuming the folders above it are not ignored (the walker checked them).</summary>
    internal bool IsIgnoredAtThisLevel(string relativePath, bool isDirectory)
    {
        if (relativePath == ".git" || relativePath.EndsWith("/.git", StringComparison.Ordinal))
        {
            return true;
        }

        // Deeper files win over shallower ones, later lines over earlier ones, .gitignore over info/exclude.
        var folder = ParentOf(relativePath);
        while (true)
        {
            if (LastMatch(PatternsOf(folder), relativePath, isDirectory) is { } verdict)
            {
                return verdict;
            }

            if (folder.Length == 0)
            {
                return LastMatch(InfoExclude(), relativePath, isDirectory) ?? false;
            }

            folder = ParentOf(folder);
        }
    }

    private static bool? LastMatch(IReadOnlyList<GitIgnorePattern> patterns, string relativePath, bool isDirectory)
    {
        for (var i = patterns.Count - 1; i >= 0; i--)
        {
            if (patterns[i].Matches(relativePath, isDirectory))
            {
                return !patterns[i].Negated;
            }
        }

        return null;
    }

    private static string ParentOf(string relativePath)
    {
        var slash = relativePath.LastIndexOf('/');
        return slash < 0 ? string.Empty : relativePath[..slash];
    }

    private IReadOnlyList<GitIgnorePattern> PatternsOf(string folder)
    {
        if (!_byFolder.TryGetValue(folder, out var patterns))
        {
            patterns = ReadPatterns(Path.Combine(_root, folder, ".gitignore"), folder);
            _byFolder[folder] = patterns;
        }

        return patterns;
    }

    private IReadOnlyList<GitIgnorePattern> InfoExclude() =>
        _infoExclude ??= ReadPatterns(Path.Combine(_root, ".git", "info", "exclude"), string.Empty);

    private static IReadOnlyList<GitIgnorePattern> ReadPatterns(string file, string baseDirectory)
    {
        try
        {
            return File.Exists(file) ? GitIgnoreParser.Parse(File.ReadAllText(file), baseDirectory) : [];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }
}
