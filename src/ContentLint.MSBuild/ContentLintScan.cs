using ContentLint.Core.Config;
using ContentLint.Core.Detection;
using ContentLint.Core.Model;
using ContentLint.Core.Pipeline;
using ContentLint.Core.Rules;
using ContentLint.Core.Sources;
using Microsoft.Build.Framework;

namespace ContentLint.MSBuild;

/// <summary>
/// Scans a project's content files with ContentLint's pipeline (the one <c>contentlint scan</c> runs) and logs every
/// diagnostic through MSBuild. Returns false, failing the build, when a finding reaches <see cref="FailOn"/>, when the
/// configuration is invalid, or when ContentLint itself fails. Messages are redacted: matched text is never logged.
/// </summary>
public sealed class ContentLintScan : Microsoft.Build.Utilities.Task
{
    /// <summary>The <c>ContentLintFile</c> items.</summary>
    [Required]
    public ITaskItem[] Files { get; set; } = [];

    /// <summary>The project's folder: configuration discovery and the repository root are found from it.</summary>
    [Required]
    public string ProjectDirectory { get; set; } = string.Empty;

    /// <summary>The configuration file (relative to the project folder), or empty to discover one.</summary>
    public string? ConfigFile { get; set; }

    /// <summary>The lowest severity that fails the build: <c>error</c> (default), <c>warning</c>, <c>note</c> or <c>never</c>.</summary>
    public string? FailOn { get; set; }

    /// <summary>The date consent expiry is judged against (YYYY-MM-DD), or empty for today.</summary>
    public string? Today { get; set; }

    public override bool Execute()
    {
        try
        {
            return Scan();
        }
        catch (Exception ex)
        {
            // Only the type: a message could quote content. A bug, reported as the command line reports it.
            Log.LogError(null, ToolCodes.InternalError, null, BuildEngine?.ProjectFileOfTaskNode, 0, 0, 0, 0,
                $"ContentLint internal error ({ex.GetType().Name}); please report it");
            return false;
        }
    }

    private bool Scan()
    {
        if (!TaskSettings.TryParseFailOn(FailOn, out var failOn))
        {
            return SettingError($"ContentLintFailOn '{FailOn}' is not one of {TaskSettings.FailOnValues}");
        }

        if (!TaskSettings.TryParseToday(Today, out var today))
        {
            return SettingError($"ContentLintToday '{Today}' is not a date (YYYY-MM-DD)");
        }

        var projectDirectory = Path.GetFullPath(ProjectDirectory);
        var files = Files.Select(f => f.GetMetadata("FullPath")).Distinct(StringComparer.Ordinal).ToList();
        var root = ScanRoot.Find(projectDirectory, files);
        var catalog = RuleCatalog.Default;
        if (!TryLoadConfig(projectDirectory, root, catalog, out var config))
        {
            return false;
        }

        // An empty list would make the walker walk the whole repository: nothing listed, nothing scanned.
        var items = files.Count == 0 ? [] : new WorkingTreeWalker().Walk(root, files, config).ToList();
        var options = new ScanOptions(config, catalog) { Today = today, RepositoryRoot = root };
        var report = ScanRunner.Run(new Scanner(options, DetectorRegistry.CreateAll(catalog)), items, ScanInput.FromWalkItem);
        var logger = new DiagnosticLogger(Log, failOn, root, catalog);
        foreach (var diagnostic in report.Diagnostics)
        {
            logger.Log(diagnostic);
        }

        Log.LogMessage(
            MessageImportance.Normal,
            "ContentLint: {0} file(s) scanned, {1} not scanned; {2} error(s), {3} warning(s), {4} note(s); configuration: {5}",
            report.FilesScanned,
            report.FilesNotScanned,
            report.Count(Severity.Error),
            report.Count(Severity.Warning),
            report.Count(Severity.Note),
            config.SourcePath ?? "defaults");
        return !Log.HasLoggedErrors;
    }

    private bool TryLoadConfig(string projectDirectory, string root, RuleCatalog catalog, out ContentLintConfig config)
    {
        config = ContentLintConfig.Default(root);
        var path = ConfigResolution.Find(projectDirectory, ConfigFile);
        if (path is null)
        {
            return true;
        }

        if (!File.Exists(path))
        {
            Log.LogError(null, ConfigException.Code, null, path, 0, 0, 0, 0, "configuration file not found (ContentLintConfig)");
            return false;
        }

        try
        {
            config = GlobBase.Choose(ConfigLoader.Load(path, catalog.Ids), projectDirectory, root);
            return true;
        }
        catch (ConfigException ex)
        {
            var where = ex.Key is null ? string.Empty : $" at '{ex.Key}'";
            Log.LogError(null, ConfigException.Code, null, ex.FilePath, ex.Line ?? 0, ex.Column ?? 0, 0, 0, ex.Problem + where);
            return false;
        }
    }

    private bool SettingError(string message)
    {
        Log.LogError(null, ConfigException.Code, null, BuildEngine?.ProjectFileOfTaskNode, 0, 0, 0, 0, message);
        return false;
    }
}
