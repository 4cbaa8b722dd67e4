namespace ContentLint.Core.Sources;

/// <summary>
/// The files git tracks in a working tree, read from its index file: the walk scans them whatever <c>.gitignore</c>
/// says, because ignore rules only keep untracked files out of git (gitignore(5)) and a tracked file is published.
/// </summary>
internal sealed class TrackedFiles
{
    /// <summary>Index files larger than this are not read (a 100,000-file index is about 10 MB).</summary>
    public const long MaxIndexBytes = 256L * 1024 * 1024;

    private readonly HashSet<string> _files;
    private readonly HashSet<string> _folders;

    private TrackedFiles(HashSet<string> files, string? problem)
    {
        _files = files;
        _folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            // Stop at the first folder already known: its own parents were added with it.
            var slash = file.LastIndexOf('/');
            while (slash > 0 && _folders.Add(file[..slash]))
            {
                slash = file.LastIndexOf('/', slash - 1);
            }
        }

        Problem = problem;
    }

    /// <summary>Nothing tracked: outside a repository, or before anything was staged.</summary>
    public static TrackedFiles None { get; } = new([], null);

    /// <summary>Why the index could not be read (then nothing counts as tracked), or null.</summary>
    public string? Problem { get; }

    /// <summary>True when git tracks the file at <paramref name="relativePath"/> (repository-relative, <c>/</c> separators).</summary>
    public bool IsTracked(string relativePath) => _files.Contains(relativePath);

    /// <summary>True when git tracks a file somewhere below the folder <paramref name="relativePath"/>.</summary>
    public bool HasTrackedFilesBelow(string relativePath) => _folders.Contains(relativePath);

    /// <summary>
    /// The tracked files of the working tree at <paramref name="repositoryRoot"/>: its <c>.git</c> folder's index, or
    /// for a linked worktree or submodule (whose <c>.git</c> is a file) the index of the folder it names.
    /// </summary>
    public static TrackedFiles Load(string repositoryRoot)
    {
        string? indexPath;
        try
        {
            indexPath = IndexPath(repositoryRoot);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return Unreadable(ex);
        }

        if (indexPath is null || !File.Exists(indexPath))
        {
            return None;
        }

        try
        {
            using var stream = ContentFileOpener.Open(indexPath) ?? throw new InvalidDataException("not a regular file");
            if (stream.Length > MaxIndexBytes)
            {
                throw new InvalidDataException($"larger than {MaxIndexBytes / (1024 * 1024)} MB");
            }

            var bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
            return new TrackedFiles(new HashSet<string>(GitIndexReader.ReadPaths(bytes), StringComparer.Ordinal), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return Unreadable(ex);
        }
    }

    private static TrackedFiles Unreadable(Exception ex)
    {
        var reason = ex switch
        {
            UnauthorizedAccessException => "permission denied",
            InvalidDataException => ex.Message,
            _ => "I/O error",
        };
        return new TrackedFiles([], $"cannot read the git index ({reason}); tracked files that .gitignore matches are not scanned");
    }

    private static string? IndexPath(string repositoryRoot)
    {
        var dotGit = Path.Combine(repositoryRoot, ".git");
        if (Directory.Exists(dotGit))
        {
            return Path.Combine(dotGit, "index");
        }

        if (!File.Exists(dotGit))
        {
            return null;
        }

        // "gitdir: PATH", PATH relative to the folder holding the .git file. A .git file is one short line.
        using var stream = ContentFileOpener.Open(dotGit) ?? throw new InvalidDataException(".git is not a regular file");
        if (stream.Length > 4096)
        {
            throw new InvalidDataException(".git file too large");
        }

        using var reader = new StreamReader(stream);
        var line = reader.ReadLine()?.Trim() ?? string.Empty;
        const string Prefix = "gitdir:";
        if (!line.StartsWith(Prefix, StringComparison.Ordinal))
        {
            throw new InvalidDataException(".git file without gitdir");
        }

        return Path.Combine(Path.GetFullPath(line[Prefix.Length..].Trim(), repositoryRoot), "index");
    }
}
