using ContentLint.Core.Config;
using ContentLint.Core.Images;
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
        var workspace = GitWorkspace.Open(scanFolder, console.GetEnvironmentVariable("GIT_INDEX_FILE"), console.CurrentDirectory, commitsOnly: mode is not ScanMode.Staged);
        try
        {
            if (workspace.IsBare && config.SourcePath is null)
            {
                // The repository's own .contentlint.yml is in its commits, not in a folder: say which rules apply, and
                // resolve the default globs against the repository even when run from a folder inside it.
                console.Error.WriteLine("contentlint: note: a bare repository has no working tree, so no .contentlint.yml was read and the defaults apply; "
                    + "to use the repository's, pass it: git show HEAD:.contentlint.yml > contentlint.yml, then --config contentlint.yml");
                config = config with { BaseDirectory = workspace.Root };
            }

            var selector = new ContentPathSelector(workspace.Root, config);
            bool Selects(string path) => selector.Selects(path) && selector.IsWithin(path, paths);
            var reader = new GitBlobReader(workspace);
            var readImages = config.Images.Count > 0;
            var selection = mode switch
            {
                ScanMode.Staged => Staged(workspace, reader, Selects, readImages),
                ScanMode.Diff diff => Diff(workspace, reader, CommitRange.Parse(diff.Range), Selects, catalog, readImages),
                // Images are not read in history: a path's bytes differ from one commit to the next.
                ScanMode.History history => History(console, workspace, reader, history.Range, path => Selects(path) && !ImageFiles.IsImagePath(path)),
                _ => throw new InvalidOperationException($"not a git mode: {mode}"),
            };
            CheckScopes(workspace.Root, paths, selection.Paths, selector);
            return selection;
        }
        catch
        {
            workspace.Dispose();
            throw;
        }
    }

    private static ScanSelection Staged(GitWorkspace workspace, GitBlobReader reader, Func<string, bool> selects, bool readImages)
    {
        var selection = Build(workspace, reader, StagedContent.Collect(workspace, selects), null);
        return readImages ? selection.WithImages(new GitImageSource(workspace, commitSha: null)) : selection;
    }

    /// <summary>
    /// A PATH outside the repository, or one that neither exists nor matches anything git holds, is a mistake (a typo
    /// would otherwise pass with nothing scanned); an existing folder with nothing staged or changed is normal.
    /// </summary>
    private static void CheckScopes(string root, IReadOnlyList<string> scopes, IReadOnlyCollection<string> selected, ContentPathSelector selector)
    {
        foreach (var scope in scopes)
        {
            var relative = Path.GetRelativePath(root, scope);
            if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
            {
                throw new UsageException($"{scope}: outside the repository {root}");
            }

            if (!File.Exists(scope) && !Directory.Exists(scope) && !selected.Any(path => selector.IsWithin(path, [scope])))
            {
                throw new UsageException($"{scope}: no such file or folder, and nothing in git matches it");
            }
        }
    }

    private static ScanSelection Diff(GitWorkspace workspace, GitBlobReader reader, CommitRange range, Func<string, bool> selects, RuleCatalog catalog, bool readImages)
    {
        var (items, addedLines, head) = ChangedContent.Collect(workspace, range, selects);
        var selection = Build(workspace, reader, items, report => ChangedLinesFilter.Apply(report, addedLines, catalog));
        return readImages ? selection.WithImages(new GitImageSource(workspace, head)) : selection;
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
        var pages = items.Where(item => !ImageFiles.IsImagePath(item.Path)).ToList();
        var loaders = pages.Select(item => (Func<ScanInput>)(() =>
        {
            var input = reader.Load(item);
            progress?.Advance();
            return input;
        })).ToList();
        var paths = items.Select(item => item.Path).ToHashSet(StringComparer.Ordinal);
        var images = items.Where(item => ImageFiles.IsImagePath(item.Path)).Select(item => item.Path).ToList();
        return new ScanSelection(loaders, paths, narrow) { Resource = workspace, ImagePaths = images };
    }
}
