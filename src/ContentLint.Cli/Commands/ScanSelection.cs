using ContentLint.Core.Images;
using ContentLint.Core.Model;
using ContentLint.Core.Pipeline;

namespace ContentLint.Cli.Commands;

/// <summary>
/// What one scan reads: a loader per file version (working-tree file, index blob or commit blob), the paths it covers
/// (for the baseline's stale entries), and how the finished report is narrowed to the mode's scope.
/// </summary>
internal sealed class ScanSelection(IReadOnlyList<Func<ScanInput>> loaders, IReadOnlyCollection<string> paths, Func<ScanReport, ScanReport>? narrow = null) : IDisposable
{
    public IReadOnlyList<Func<ScanInput>> Loaders { get; } = loaders;

    /// <summary>Repository-relative paths of the files this scan covers.</summary>
    public IReadOnlyCollection<string> Paths { get; } = paths;

    /// <summary>Narrows the report to the mode's scope (changed lines, first appearance in history).</summary>
    public ScanReport Narrow(ScanReport report) => narrow is null ? report : narrow(report);

    /// <summary>The open repository, for git modes.</summary>
    public IDisposable? Resource { get; init; }

    /// <summary>Repository-relative image files whose metadata is scanned (after the pages).</summary>
    public IReadOnlyList<string> ImagePaths { get; init; } = [];

    /// <summary>Where image bytes are read (working tree, index or a commit), or null when images are not read.</summary>
    public IImageSource? Images { get; init; }

    /// <summary>True when the selection is the whole site, so site-level rules (WEB006) apply.</summary>
    public bool WholeSite { get; init; }

    /// <summary>Diagnostics about the selection itself (CL1006: nothing selected), added to the report.</summary>
    public IReadOnlyList<Diagnostic> Notices { get; init; } = [];

    /// <summary>This selection reading images through <paramref name="source"/> (without one, image paths are dropped).</summary>
    public ScanSelection WithImages(IImageSource source) =>
        new(Loaders, Paths, narrow) { Resource = Resource, ImagePaths = ImagePaths, Images = source, WholeSite = WholeSite, Notices = Notices };

    public void Dispose() => Resource?.Dispose();
}
