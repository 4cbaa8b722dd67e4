using ContentLint.Core.Pipeline;
using ContentLint.Core.Reporting;
using ContentLint.Core.Rules;

namespace ContentLint.Cli.Commands;

/// <summary>The <c>--format</c> values and their reporters.</summary>
internal static class OutputFormat
{
    public static readonly string[] Names = ["msbuild", "json", "sarif", "github", "summary"];

    /// <param name="name">The format name.</param>
    /// <param name="failOn">The scan's threshold; SARIF records the exit code it leads to.</param>
    /// <param name="repositoryRoot">The root that report paths are relative to.</param>
    public static IReporter Create(string name, FailOn failOn = FailOn.Error, string? repositoryRoot = null) => name switch
    {
        "sarif" => new SarifReporter(RuleCatalog.Default, failOn, repositoryRoot),
        "json" => new JsonReporter(),
        "github" => new GitHubReporter(),
        "summary" => new SummaryReporter(RuleCatalog.Default),
        _ => new MsBuildReporter(),
    };
}
