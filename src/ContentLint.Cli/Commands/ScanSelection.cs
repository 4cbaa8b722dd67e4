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

    public void Dispose() => Resource?.Dispose();
}
