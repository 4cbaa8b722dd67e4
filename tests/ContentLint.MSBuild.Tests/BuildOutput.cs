using System.Text.RegularExpressions;

namespace ContentLint.MSBuild.Tests;

/// <summary>Reads the console logger's output of a build.</summary>
internal static partial class BuildOutput
{
    /// <summary>The line MSBuild prints when the scan target is skipped as up to date (normal verbosity).</summary>
    public const string ScanSkipped = "Skipping target \"_ContentLintScan\" because all output files are up-to-date with respect to the input files.";

    /// <summary>The start of the task's summary message, printed only when it scanned (normal verbosity).</summary>
    public const string ScanSummary = "ContentLint: ";

    /// <summary>
    /// The output's lines without indentation or the <c>1&gt;</c> node prefix that normal verbosity adds, so that a
    /// diagnostic line can be compared whole.
    /// </summary>
    public static string[] Lines(CommandResult result) =>
        [.. result.Lines.Select(line => NodePrefix().Replace(line, string.Empty))];

    /// <summary>The canonical lines (<c>file(l,c,el,ec): category CODE: message [project]</c>) logged with <paramref name="code"/>, once each.</summary>
    public static string[] Diagnostics(CommandResult result, string code) =>
        [.. Lines(result).Where(line => line.Contains($": error {code}:", StringComparison.Ordinal) || line.Contains($": warning {code}:", StringComparison.Ordinal)).Distinct()];

    [GeneratedRegex(@"^\d+>")]
    private static partial Regex NodePrefix();
}
