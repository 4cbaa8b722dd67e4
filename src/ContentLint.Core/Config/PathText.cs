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

    public static bool Equals(string a, string b) => string.Equals(a, b, Comparison);

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or lies below it (both normalized).</summary>
    public static bool IsAtOrBelow(string path, string folder) =>
        Equals(path, folder)
        || (path.StartsWith(folder, Comparison)
            && (Path.EndsInDirectorySeparator(folder) || path[folder.Length] == Path.DirectorySeparatorChar || path[folder.Length] == Path.AltDirectorySeparatorChar));
}
