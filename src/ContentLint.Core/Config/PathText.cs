namespace ContentLint.Core.Config;

/// <summary>Comparison of absolute folder paths the way the operating system compares them.</summary>
internal static class PathText
{
    public static StringComparison Comparison { get; } =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>The absolute path without a trailing separator (except for a filesystem root).</summary>
    public static string Normalize(string path)
    {
        var full = Path.GetFullPath(path);
        return Path.TrimEndingDirectorySeparator(full);
    }

    /// <summary>
    /// The longest absolute path read, in UTF-8 bytes: Linux's <c>PATH_MAX</c> (4,096) less its terminating NUL. Past it
    /// the system refuses the path, and .NET's path functions fail with exceptions that would end the whole scan.
    /// </summary>
    public const int MaxBytes = 4095;

    public static bool Equals(string a, string b) => string.Equals(a, b, Comparison);

    /// <summary>True when <paramref name="fullPath"/> is longer than <see cref="MaxBytes"/> in UTF-8.</summary>
    public static bool IsTooLong(string fullPath) => System.Text.Encoding.UTF8.GetByteCount(fullPath) > MaxBytes;

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or lies below it (both normalized).</summary>
    public static bool IsAtOrBelow(string path, string folder) =>
        Equals(path, folder)
        || (path.StartsWith(folder, Comparison)
            && (Path.EndsInDirectorySeparator(folder) || path[folder.Length] == Path.DirectorySeparatorChar || path[folder.Length] == Path.AltDirectorySeparatorChar));

    /// <summary>
    /// The relative path of <paramref name="path"/> below <paramref name="basePath"/> when <paramref name="path"/> is
    /// <paramref name="basePath"/>, an ordinal '/' and a relative path with nothing for
    /// <see cref="Path.GetRelativePath(string, string)"/> to normalize (no empty, "." or ".." segment, no backslash):
    /// then it is what GetRelativePath gives, without normalizing both paths again. False otherwise, and always on
    /// Windows, whose paths take the general way, and for a relative <paramref name="basePath"/>.
    /// </summary>
    public static bool TryRelativeByPrefix(string basePath, string path, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? relative)
    {
        relative = null;
        var separatorEnded = Path.EndsInDirectorySeparator(basePath);
        var restStart = basePath.Length + (separatorEnded ? 0 : 1);
        if (Path.DirectorySeparatorChar != '/' || !Path.IsPathFullyQualified(basePath)
            || path.Length <= restStart || !path.StartsWith(basePath, StringComparison.Ordinal)
            || (!separatorEnded && path[basePath.Length] != '/'))
        {
            return false;
        }

        var rest = path.AsSpan(restStart);
        if (rest.Contains('\\'))
        {
            return false;
        }

        foreach (var segment in rest.Split('/'))
        {
            var name = rest[segment];
            if (name.IsEmpty || name is "." or "..")
            {
                return false;
            }
        }

        relative = path[restStart..];
        return true;
    }
}
