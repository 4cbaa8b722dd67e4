using ContentLint.Core.Config;

namespace ContentLint.Core.Sources;

/// <summary>
/// Chooses the folder a configuration's globs are matched from (docs/configuration.md, "Where globs start"). A file
/// found by discovery lies in the scanned folder or above it, so its own folder holds the scan: a site in
/// <c>site/</c> writes <c>content/**</c> in <c>site/.contentlint.yml</c>. A file named elsewhere, such as
/// <c>.github/contentlint.yml</c> (the Action's <c>config:</c> input) or a shared file outside the repository, holds
/// none of the scanned files: relative to its folder every glob would match nothing, and the scan would pass having
/// read nothing. Its globs start at the scan root (the repository root) instead, the same way in every mode.
/// </summary>
public static class GlobBase
{
    /// <summary>
    /// <paramref name="config"/> with its globs matched from its own folder when <paramref name="scanFolder"/> is that
    /// folder or below it, else from <paramref name="scanRoot"/>.
    /// </summary>
    /// <param name="config">The loaded configuration; its <see cref="ContentLintConfig.BaseDirectory"/> is the file's folder.</param>
    /// <param name="scanFolder">Where the scan starts and discovery looks from (the folder holding every PATH, or the current folder).</param>
    /// <param name="scanRoot">The repository root, or outside a repository the folder paths are reported from.</param>
    public static ContentLintConfig Choose(ContentLintConfig config, string scanFolder, string scanRoot)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentException.ThrowIfNullOrEmpty(scanFolder);
        ArgumentException.ThrowIfNullOrEmpty(scanRoot);
        return PathText.IsAtOrBelow(PathText.Normalize(scanFolder), PathText.Normalize(config.BaseDirectory))
            ? config
            : config with { BaseDirectory = PathText.Normalize(scanRoot) };
    }
}
