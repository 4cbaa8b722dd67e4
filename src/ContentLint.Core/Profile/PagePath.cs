namespace ContentLint.Core.Profile;

/// <summary>A page's path as the profiler reads it: its folders and its file name, each as lower-case words.</summary>
/// <param name="Folders">The folder names, outermost first, as words ("_team" and "team" alike).</param>
/// <param name="FileName">The file name's words, without its extension and language suffix.</param>
/// <param name="FolderNames">The folder names, lower case, as written (for a language folder such as "de" or "pt-br").</param>
/// <param name="FileLanguage">The Hugo-style language suffix of the file name ("about.de.md"), or null.</param>
internal sealed record PagePath(
    IReadOnlyList<string[]> Folders,
    string[] FileName,
    IReadOnlyList<string> FolderNames,
    string? FileLanguage)
{
    /// <param name="path">The page's path relative to the configuration's base folder.</param>
    /// <param name="languageCodes">The two-letter codes a file-name suffix may be.</param>
    public static PagePath Of(string path, IReadOnlyList<string> languageCodes)
    {
        var parts = path.Split(['/', '\\'], StringSplitOptions.RemoveEmptyEntries).Where(p => p is not "." and not "..").ToList();
        if (parts.Count == 0)
        {
            return new PagePath([], [], [], null);
        }

        var folders = parts[..^1];
        var name = parts[^1];
        var dot = name.LastIndexOf('.');
        var stem = dot > 0 ? name[..dot] : name;
        string? language = null;
        var suffixDot = stem.LastIndexOf('.');
        if (suffixDot > 0 && stem[(suffixDot + 1)..].ToLowerInvariant() is var suffix && languageCodes.Contains(suffix, StringComparer.Ordinal))
        {
            language = suffix;
            stem = stem[..suffixDot];
        }

        return new PagePath(
            [.. folders.Select(KeyWords.Of)],
            KeyWords.Of(stem),
            [.. folders.Select(f => f.ToLowerInvariant())],
            language);
    }
}
