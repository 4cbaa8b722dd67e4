using ContentLint.Core.Config;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Pipeline;

/// <summary>Everything a scan needs, fixed before it starts: catalog, configuration and output choices.</summary>
/// <param name="Config">The effective configuration.</param>
/// <param name="Catalog">The rule catalog.</param>
/// <param name="ShowMatches">Put matched text in messages (local use only; see CONTRACT §7).</param>
public sealed record ScanOptions(ContentLintConfig Config, RuleCatalog Catalog, bool ShowMatches = false)
{
    /// <summary>The date consent expiry is judged against (<c>--today</c>; default: the local date).</summary>
    public DateOnly Today { get; init; } = DateOnly.FromDateTime(DateTime.Now);

    /// <summary>The repository root that file paths are relative to; null when they are relative to the config's folder already.</summary>
    public string? RepositoryRoot { get; init; }

    /// <summary>The key findings' fingerprints are keyed with (see <c>Fingerprints.FingerprintKey</c>); null: no fingerprints.</summary>
    public IReadOnlyList<byte>? FingerprintKey { get; init; }

    /// <summary>
    /// Where image bytes are read (the working tree, the git index, a commit): for image files given to
    /// <see cref="ScanRunner.Run{T}"/> and for images that pages show. Null: images are not read.
    /// </summary>
    public Images.IImageSource? Images { get; init; }

    /// <summary>A repository-relative path made relative to the configuration's base folder, as its globs expect.</summary>
    public string ConfigRelativePath(string repositoryRelativePath)
    {
        if (RepositoryRoot is null)
        {
            return repositoryRelativePath;
        }

        var full = Path.Combine(RepositoryRoot, repositoryRelativePath);
        // Asked for every page: most lie below the base folder, and GetRelativePath would normalize both paths again.
        return PathText.TryRelativeByPrefix(Config.BaseDirectory, full, out var relative)
            ? relative
            : Path.GetRelativePath(Config.BaseDirectory, full).Replace('\\', '/');
    }
}
