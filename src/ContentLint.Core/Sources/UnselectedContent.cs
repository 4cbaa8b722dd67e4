using ContentLint.Core.Config;
using ContentLint.Core.Images;

namespace ContentLint.Core.Sources;

/// <summary>
/// Tells a scan that selected nothing from one that had nothing to select: a wrong <c>include</c> glob, or globs
/// matched from the wrong folder, would otherwise pass with no file read and exit 0.
/// </summary>
public static class UnselectedContent
{
    /// <summary>
    /// The Markdown and HTML files (by extension, in any letter case) under <paramref name="paths"/> (or the whole
    /// working tree) that are neither excluded nor ignored by git: what the default <c>include</c> would scan.
    /// </summary>
    public static int Count(string repositoryRoot, IReadOnlyList<string> paths, ContentLintConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var pagesOnly = config with { Include = ContentLintConfig.Default(config.BaseDirectory).Include, Images = [] };
        return new WorkingTreeWalker().Walk(repositoryRoot, paths, pagesOnly)
            .Count(item => item.Kind == WalkItemKind.File && !ImageFiles.IsImagePath(item.RelativePath));
    }
}
