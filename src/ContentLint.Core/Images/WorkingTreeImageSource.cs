using System.Collections.Concurrent;
using ContentLint.Core.Config;
using ContentLint.Core.Sources;

namespace ContentLint.Core.Images;

/// <summary>
/// Reads images from the working tree with the same non-blocking open as content files (a named pipe called
/// <c>photo.jpg</c> never hangs the scan), at most <see cref="ImageFiles.MaxBytes"/> bytes each. Paths that leave the
/// repository, also through a symbolic link, are not read. Whether a folder exists is looked up once per source (one
/// scan): pages name each image under several candidate roots (<c>static/</c>, <c>public/</c>, ...), most of which a
/// site does not have, and a stat per candidate and image added up over a site.
/// </summary>
public sealed class WorkingTreeImageSource : IImageSource
{
    private readonly string _root;
    private const int MaxCachedFolders = 4096;

    private readonly string _rootReal;
    /// <summary>
    /// Ordinal even where paths compare without case: a folder may still be case-sensitive (a case-sensitive APFS
    /// volume, a Windows folder with case sensitivity on), and a wrong-case miss only costs one more stat.
    /// </summary>
    private readonly ConcurrentDictionary<string, bool> _folderExists = new(StringComparer.Ordinal);

    /// <summary>A source over the working tree at <paramref name="repositoryRoot"/>.</summary>
    public WorkingTreeImageSource(string repositoryRoot)
    {
        ArgumentException.ThrowIfNullOrEmpty(repositoryRoot);
        _root = PathText.Normalize(repositoryRoot);
        _rootReal = LinkResolver.RealPath(_root) ?? _root;
    }

    /// <inheritdoc />
    public ImageReadResult? Read(string repositoryRelativePath)
    {
        ArgumentNullException.ThrowIfNull(repositoryRelativePath);
        var full = Path.GetFullPath(Path.Combine(_root, repositoryRelativePath));
        if (!PathText.IsAtOrBelow(full, _root) || (Path.GetDirectoryName(full) is { } folder && !FolderExists(folder)) || !File.Exists(full))
        {
            return null;
        }

        if (LinkResolver.RealPath(full) is not { } real || !PathText.IsAtOrBelow(real, _rootReal))
        {
            return ImageReadResult.Failed(repositoryRelativePath, "symbolic link points outside the repository; not followed");
        }

        try
        {
            using var stream = ContentFileOpener.Open(real);
            return stream is null
                ? ImageReadResult.Failed(repositoryRelativePath, "not a regular file (pipe, socket or device), not scanned")
                : ImageReadResult.FromStream(repositoryRelativePath, stream, stream.Length);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ex is FileNotFoundException or DirectoryNotFoundException
                ? null
                : ImageReadResult.Failed(repositoryRelativePath, $"cannot read the image ({(ex is UnauthorizedAccessException ? "permission denied" : "I/O error")})");
        }
    }

    // Pages name the folders, so a hostile site could name millions: past the cap, folders are looked up each time.
    private bool FolderExists(string folder)
    {
        if (_folderExists.TryGetValue(folder, out var exists))
        {
            return exists;
        }

        exists = Directory.Exists(folder);
        if (_folderExists.Count < MaxCachedFolders)
        {
            _folderExists.TryAdd(folder, exists);
        }

        return exists;
    }
}
