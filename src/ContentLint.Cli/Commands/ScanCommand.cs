using System.CommandLine;
using ContentLint.Core.Config;
using ContentLint.Core.Detection;
using ContentLint.Core.Fingerprints;
using ContentLint.Core.Images;
using ContentLint.Core.Model;
using ContentLint.Core.Pipeline;
using ContentLint.Core.Rules;
using ContentLint.Core.Sources;

namespace ContentLint.Cli.Commands;

/// <summary><c>contentlint scan [PATH...]</c>: scans the working tree and reports findings.</summary>
internal static class ScanCommand
{
    /// <summary>
    /// Files between compacting collections. A long scan keeps every finding, and the server GC this tool runs with
    /// (see the project file) lets the old generation grow with them and with the garbage promoted next to them: 50k
    /// pages peaked at about 300 MB. One compacting collection per 6,000 files keeps that generation tight (issue 9: at
    /// most 300 MB at 50k pages); a scan of a few thousand pages, and the pre-commit hook, never pays for it. Other
    /// hosts (the MSBuild task runs in MSBuild's own process and GC) do not ask for it.
    /// </summary>
    private const int CompactEvery = 6_000;

    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("path")
        {
            Arity = ArgumentArity.ZeroOrMore,
            Description = "Files or folders to scan (default: the repository root).",
        };
        var format = new Option<string>("--format") { Description = "Output format on stdout.", DefaultValueFactory = _ => "msbuild" };
        format.AcceptOnlyFromAmong(OutputFormat.Names);
        var failOn = new Option<string>("--fail-on") { Description = "Lowest severity that makes the exit code 1.", DefaultValueFactory = _ => "error" };
        failOn.AcceptOnlyFromAmong("error", "warning", "note", "never");
        var config = new Option<string?>("--config") { Description = "Configuration file (default: nearest .contentlint.yml upward from the scanned folder)." };
        var configOrigin = new Option<string?>("--config-origin")
        {
            Description = "Where the --config file stands in the repository when it is a copy kept elsewhere (the GitHub Action's copy of the base branch's): its globs start where that file's would.",
            HelpName = "PATH",
        };
        var showMatches = new Option<bool>("--show-matches") { Description = "Print the matched text in messages (local use only: never in CI logs)." };
        var today = new Option<string?>("--today") { Description = "The date consent expiry is judged against, YYYY-MM-DD (default: today), for reproducible CI." };
        var jsonFile = new Option<string?>("--json") { Description = "Also write the JSON report to this file." };
        var sarif = new Option<string?>("--sarif") { Description = "Also write the SARIF 2.1.0 report to this file." };
        var summaryFile = new Option<string?>("--summary") { Description = "Also write the Markdown summary to this file (e.g. for $GITHUB_STEP_SUMMARY)." };
        var baseline = new Option<string?>("--baseline") { Description = "Ignore findings recorded in this baseline file (see 'contentlint baseline')." };
        var staged = new Option<bool>("--staged") { Description = "Scan the staged (index) content of staged files, not the working tree (what the pre-commit hook runs)." };
        var diff = new Option<string?>("--diff") { Description = "Scan files changed between two commits, BASE[..HEAD] or BASE...HEAD (from the merge base); findings only on added or changed lines.", HelpName = "BASE[..HEAD]" };
        var history = new Option<string?>("--history") { Description = "Scan every version of every content file ever committed (all branches and tags, or REV-RANGE).", HelpName = "REV-RANGE", Arity = ArgumentArity.ZeroOrOne };

        var command = new Command("scan", "Scan a site's pages, data files and code for PHI and missing patient consent.")
        {
            paths, format, failOn, config, configOrigin, showMatches, today, jsonFile, sarif, summaryFile, baseline, staged, diff, history,
        };
        command.SetAction(parseResult =>
        {
            var modes = new List<ScanMode>();
            if (parseResult.GetValue(staged))
            {
                modes.Add(new ScanMode.Staged());
            }

            if (parseResult.GetResult(diff) is not null)
            {
                modes.Add(new ScanMode.Diff(parseResult.GetValue(diff) ?? string.Empty));
            }

            if (parseResult.GetResult(history) is not null)
            {
                modes.Add(new ScanMode.History(parseResult.GetValue(history)));
            }

            if (modes.Count > 1)
            {
                throw new UsageException("--staged, --diff and --history cannot be combined; choose one");
            }

            if (parseResult.GetValue(configOrigin) is not null && parseResult.GetValue(config) is null)
            {
                throw new UsageException("--config-origin names where the --config file stands; give --config too");
            }

            var request = new ScanRequest(
                [.. (parseResult.GetValue(paths) ?? []).Select(console.FullPath)],
                parseResult.GetValue(format) ?? "msbuild",
                Enum.Parse<FailOn>(parseResult.GetValue(failOn) ?? "error", ignoreCase: true),
                parseResult.GetValue(config) is { } configPath ? console.FullPath(configPath) : null,
                parseResult.GetValue(showMatches),
                ParseToday(parseResult.GetValue(today)))
            {
                JsonPath = parseResult.GetValue(jsonFile) is { } jsonPath ? console.FullPath(jsonPath) : null,
                SarifPath = parseResult.GetValue(sarif) is { } sarifPath ? console.FullPath(sarifPath) : null,
                SummaryPath = parseResult.GetValue(summaryFile) is { } summaryPath ? console.FullPath(summaryPath) : null,
                BaselinePath = parseResult.GetValue(baseline) is { } baselinePath ? console.FullPath(baselinePath) : null,
                ConfigOrigin = parseResult.GetValue(configOrigin) is { } origin ? console.FullPath(origin) : null,
                Mode = modes.Count == 1 ? modes[0] : new ScanMode.WorkingTree(),
            };
            return Execute(console, request);
        });
        return command;
    }

    internal static int Execute(CliConsole console, ScanRequest request)
    {
        var scanFolder = ScanFolder(console, request.Paths);
        var foundRoot = RepositoryLocator.FindRoot(scanFolder);
        var repositoryRoot = foundRoot ?? scanFolder;
        var catalog = RuleCatalog.Default;
        ContentLintConfig config;
        try
        {
            config = LoadConfig(request.ConfigPath, scanFolder, foundRoot, repositoryRoot, catalog);
            if (request.ConfigOrigin is not null)
            {
                config = config with { BaseDirectory = Path.GetDirectoryName(request.ConfigOrigin) ?? repositoryRoot };
            }

            config = GlobBase.Choose(config, scanFolder, repositoryRoot);
        }
        catch (ConfigException ex)
        {
            console.Error.WriteLine(ex.Message);
            return ExitCodes.ToolError;
        }

        if (!BaselineOption.TryLoad(console, request.BaselinePath, out var recorded))
        {
            return ExitCodes.ToolError;
        }

        if (request.BaselineOutput is not null)
        {
            BaselineOption.EnsureKey(console, repositoryRoot);
        }

        FingerprintKeySource key;
        try
        {
            key = FingerprintKey.Load(repositoryRoot);
        }
        catch (Exception ex) when (ex is FingerprintKeyException or IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine(ex.Message);
            return ExitCodes.ToolError;
        }

        // A working-tree scan nearly always has pages to scan: the detectors (word lists, tables; a few hundred ms of
        // CPU) and what they would build at their first page are built on the other cores while this one walks the
        // tree. A hook's scan of staged files usually has none, so it builds them only once it knows it needs them.
        Task<IReadOnlyList<IDetector>>? detectors = null;
        if (request.Mode is ScanMode.WorkingTree)
        {
            detectors = Task.Run(() => DetectorRegistry.CreateAll(catalog));
            _ = Task.Run(DetectorRegistry.WarmUp);
        }

        using var selection = request.Mode is ScanMode.WorkingTree
            ? WorkingTreeSelection(repositoryRoot, request.Paths, config)
            : GitScanSelection.Create(console, request.Mode, scanFolder, request.Paths, config, catalog);
        var options = new ScanOptions(config, catalog, request.ShowMatches)
        {
            Today = request.Today,
            RepositoryRoot = repositoryRoot,
            FingerprintKey = key.Key,
            Images = selection.Images,
        };
        // Most commits touch no content file: then the hook should not pay for loading dictionaries and building detectors.
        var images = selection.Images is null ? [] : selection.ImagePaths;
        var report = selection.Loaders.Count == 0 && images.Count == 0
            ? new ScanReport([], FilesScanned: 0, FilesNotScanned: 0, HadToolError: false)
            : ScanRunner.Run(new Scanner(options, detectors?.GetAwaiter().GetResult() ?? DetectorRegistry.CreateAll(catalog)), selection.Loaders, load => load(), images, selection.WholeSite, CompactEvery);
        if (request.BaselineOutput is { } baselineOutput)
        {
            return BaselineOption.Write(console, baselineOutput, report);
        }

        // The baseline sees every finding of the files read, so an entry for an unchanged line is matched, not stale;
        // only then is the report narrowed to the mode's scope (changed lines, first appearance in history).
        report = selection.Narrow(BaselineOption.Apply(report, recorded, request.BaselinePath, repositoryRoot, selection.Paths));
        if (selection.Notices.Count > 0)
        {
            report = report with { Diagnostics = [.. selection.Notices, .. report.Diagnostics] };
        }

        OutputFormat.Create(request.Format, request.FailOn, repositoryRoot).Write(report, console.Out);
        if (request.JsonPath is not null)
        {
            ReportFile.Write(request.JsonPath, OutputFormat.Create("json"), report);
        }

        if (request.SarifPath is not null)
        {
            ReportFile.Write(request.SarifPath, OutputFormat.Create("sarif", request.FailOn, repositoryRoot), report);
        }

        if (request.SummaryPath is not null)
        {
            ReportFile.Write(request.SummaryPath, OutputFormat.Create("summary"), report);
        }

        console.Error.WriteLine(ScanSummaryLine.Format(report));
        return report.ExitCode(request.FailOn);
    }

    private static ScanSelection WorkingTreeSelection(string repositoryRoot, IReadOnlyList<string> paths, ContentLintConfig config)
    {
        var items = new WorkingTreeWalker().Walk(repositoryRoot, paths, config).ToList();
        if (items.FirstOrDefault(item => item.Kind == WalkItemKind.InvalidArgument) is { } invalid)
        {
            throw new UsageException($"{invalid.RelativePath}: {invalid.Message}");
        }

        // Image files are read for their metadata, after the pages that show them; the rest is text.
        var pages = items.Where(item => !IsImageFile(item)).ToList();
        var loaders = pages.Select(item => (Func<ScanInput>)(() => ScanInput.FromWalkItem(item))).ToList();
        var scanned = items.Where(item => item.Kind == WalkItemKind.File).Select(item => item.RelativePath).ToHashSet(StringComparer.Ordinal);
        return new ScanSelection(loaders, scanned)
        {
            Notices = pages.Any(item => item.Kind == WalkItemKind.File) ? [] : NothingSelected(repositoryRoot, paths, config),
            ImagePaths = items.Where(IsImageFile).Select(item => item.RelativePath).ToList(),
            // `images: []` turns image reading off, also for the images that pages show.
            Images = config.Images.Count > 0 ? new WorkingTreeImageSource(repositoryRoot) : null,
            WholeSite = paths.Count == 0,
        };
    }

    /// <summary>
    /// CL1006 when Markdown or HTML files exist that <c>include</c> did not select, so that a wrong glob or a
    /// configuration matched from the wrong folder cannot pass having read nothing (docs/diagnostics.md).
    /// </summary>
    private static Diagnostic[] NothingSelected(string repositoryRoot, IReadOnlyList<string> paths, ContentLintConfig config)
    {
        var count = UnselectedContent.Count(repositoryRoot, paths, config);
        if (count == 0)
        {
            return [];
        }

        var where = paths.Count > 0 ? "the given paths" : RepositoryLocator.FindRoot(repositoryRoot) is null ? "the scanned folder" : "the repository root";
        var files = count == 1 ? "1 Markdown or HTML file (not excluded or ignored) exists" : $"{count} Markdown or HTML files (not excluded or ignored) exist";
        var message = $"no file matched the include globs, but {files} under {where}; check 'include'";
        return [new Diagnostic(ToolCodes.NothingSelected, Severity.Warning, ConfigPath(config, repositoryRoot), null, message)];
    }

    /// <summary>The configuration file relative to the repository root, or "." for the defaults or a file outside it.</summary>
    private static string ConfigPath(ContentLintConfig config, string repositoryRoot)
    {
        if (config.SourcePath is null)
        {
            return ".";
        }

        var relative = Path.GetRelativePath(repositoryRoot, Path.GetFullPath(config.SourcePath)).Replace('\\', '/');
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? "." : relative;
    }

    private static bool IsImageFile(WalkItem item) => item.Kind == WalkItemKind.File && ImageFiles.IsImagePath(item.RelativePath);

    /// <summary>
    /// The folder that the repository root and configuration are found from: the deepest folder holding every PATH
    /// (a file stands for its folder), or the current folder when no PATH is given.
    /// </summary>
    private static string ScanFolder(CliConsole console, IReadOnlyList<string> paths)
    {
        if (paths.Count == 0)
        {
            return console.CurrentDirectory;
        }

        var folders = paths.Select(p => Directory.Exists(p) ? p : Path.GetDirectoryName(p) ?? console.CurrentDirectory).ToList();
        var common = folders[0];
        foreach (var folder in folders.Skip(1))
        {
            while (!IsSameOrBelow(folder, common) && Path.GetDirectoryName(common) is { } parent)
            {
                common = parent;
            }
        }

        return common;
    }

    private static bool IsSameOrBelow(string path, string folder)
    {
        var relative = Path.GetRelativePath(folder, path);
        return relative == "." || (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative));
    }

    /// <summary>Discovery stops at the repository root; outside a repository it goes up to the filesystem root.</summary>
    internal static ContentLintConfig LoadConfig(string? explicitPath, string scanFolder, string? foundRoot, string repositoryRoot, RuleCatalog catalog)
    {
        if (explicitPath is not null)
        {
            // Where its globs start is GlobBase's choice (a file outside the repository, such as the Action's copy
            // of the base branch's configuration, starts at the repository root).
            return File.Exists(explicitPath)
                ? ConfigLoader.Load(explicitPath, catalog.Ids)
                : throw new UsageException($"{explicitPath}: configuration file not found");
        }

        var discovered = ConfigLoader.Discover(scanFolder, foundRoot);
        return discovered is null ? ContentLintConfig.Default(repositoryRoot) : ConfigLoader.Load(discovered, catalog.Ids);
    }

    internal static DateOnly ParseToday(string? value) =>
        value is null ? DateOnly.FromDateTime(DateTime.Now)
        : DateOnly.TryParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date) ? date
        : throw new UsageException($"--today '{value}' is not a date (YYYY-MM-DD)");

    internal sealed record ScanRequest(IReadOnlyList<string> Paths, string Format, FailOn FailOn, string? ConfigPath, bool ShowMatches, DateOnly Today)
    {
        /// <summary>Where <c>--json</c> also writes the JSON report, or null.</summary>
        public string? JsonPath { get; init; }

        /// <summary>Where <c>--sarif</c> also writes the SARIF report, or null.</summary>
        public string? SarifPath { get; init; }

        /// <summary>Where <c>--summary</c> also writes the Markdown summary, or null.</summary>
        public string? SummaryPath { get; init; }

        /// <summary><c>--baseline FILE</c>: findings recorded there are not reported.</summary>
        public string? BaselinePath { get; init; }

        /// <summary>The repository path <see cref="ConfigPath"/> is a copy of, which decides where its globs start.</summary>
        public string? ConfigOrigin { get; init; }

        /// <summary>Set by <c>contentlint baseline -o FILE</c>: write the findings there instead of reporting them.</summary>
        public string? BaselineOutput { get; init; }

        /// <summary>Which version of the content to read: the working tree (default), the index, a diff or history.</summary>
        public ScanMode Mode { get; init; } = new ScanMode.WorkingTree();
    }
}
