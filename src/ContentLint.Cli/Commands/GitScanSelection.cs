using ContentLint.Core.Config;
using ContentLint.Core.Model;
using ContentLint.Core.Pipeline;
using ContentLint.Core.Rules;
using ContentLint.Core.Sources;
using ContentLint.Git;

namespace ContentLint.Cli.Commands;

/// <summary>Builds the <see cref="ScanSelection"/> of <c>--staged</c>, <c>--diff</c> and <c>--history</c> from git.</summary>
internal static class GitScanSelection
{
    public static ScanSelection Create(CliConsole console, ScanMode mode, string scanFolder, IReadOnlyList<string> paths, ContentLintConfig config, RuleCatalog catalog)
    {
        var workspace = GitWorkspace.Open(scanFolder, console.GetEnvironmentVariable("GIT_INDEX_FILE"));
        try
        {
            var selector = new ContentPathSelector(workspace.Root, config);
            bool Selects(string path) => selector.Selects(path) && selector.IsWithin(path, paths);
            var reader = new GitBlobReader(workspace);
            return mode switch
            {
                ScanMode.Staged => Build(workspace, reader, StagedContent.Collect(workspace, Selects), null),
                ScanMode.Diff diff => Diff(workspace, reader, CommitRange.Parse(diff.Range), Selects, catalog),
                ScanMode.History history => History(console, workspace, reader, history.Range, Selects),
                _ => throw new InvalidOperationException($"not a git mode: {mode}"),
            };
        }
        catch
        {
            workspace.Dispose();
            throw;
        }
    }

    private static ScanSelection Diff(GitWorkspace workspace, GitBlobReader reader, CommitRange range, Func<string, bool> selects, RuleCatalog catalog)
    {
        var (items, addedLines) = ChangedContent.Collect(workspace, range, selects);
        return Build(workspace, reader, items, report => ChangedLinesFilter.Apply(report, addedLines, catalog));
    }

    private static ScanSelection History(CliConsole console, GitWorkspace workspace, GitBlobReader reader, string? range, Func<string, bool> selects)
    {
        var items = HistoryContent.Collect(workspace, range, selects);
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var commit in items.Select(item => item.Commit!))
        {
            order.TryAdd(commit, order.Count);
        }

        var progress = console.ErrorIsTerminal ? new ProgressLine(console.Error, "scanning history", items.Count) : null;
        return Build(workspace, reader, items, report =>
        {
            progress?.Finish();
            return FirstAppearance(report, order);
        }, progress);
    }

    /// <summary>
    /// A finding that survives several versions of a file is reported once, with the oldest commit: fingerprints do
    /// not depend on the line, so the same identifier in a later version has the same fingerprint.
    /// </summary>
    private static ScanReport FirstAppearance(ScanReport report, Dictionary<string, int> order)
    {
        int Rank(Diagnostic d) => d.Commit is { } c && order.TryGetValue(c, out var rank) ? rank : int.MaxValue;
        var firsts = report.Diagnostics
            .Where(d => d.Fingerprint is not null)
            .GroupBy(d => (d.Fingerprint, d.Path))
            .Select(group => group.MinBy(Rank)!)
            .ToHashSet();
        var kept = report.Diagnostics.Where(d => d.Fingerprint is null || firsts.Contains(d)).ToList();
        return report with { Diagnostics = kept };
    }

    private static ScanSelection Build(GitWorkspace workspace, GitBlobReader reader, IReadOnlyList<GitContentItem> items, Func<ScanReport, ScanReport>? narrow, ProgressLine? progress = null)
    {
        var loaders = items.Select(item => (Func<ScanInput>)(() =>
        {
            var input = reader.Load(item);
            progress?.Advance();
            return input;
        })).ToList();
        var paths = items.Select(item => item.Path).ToHashSet(StringComparer.Ordinal);
        return new ScanSelection(loaders, paths, narrow) { Resource = workspace };
    }
}
