using ContentLint.Core.Reporting;
using ContentLint.Core.Rules;

namespace ContentLint.Cli.Commands;

/// <summary>The <c>--format</c> values and their reporters.</summary>
internal static class OutputFormat
{
    public static readonly string[] Names = ["msbuild", "json", "github", "summary"];

    public static IReporter Create(string name) => name switch
    {
        "json" => new JsonReporter(),
        "github" => new GitHubReporter(),
        "summary" => new SummaryReporter(RuleCatalog.Default),
        _ => new MsBuildReporter(),
    };
}
