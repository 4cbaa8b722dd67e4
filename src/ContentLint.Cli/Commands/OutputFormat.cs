using ContentLint.Core.Reporting;

namespace ContentLint.Cli.Commands;

/// <summary>The <c>--format</c> values and their reporters.</summary>
internal static class OutputFormat
{
    public static readonly string[] Names = ["msbuild", "json"];

    public static IReporter Create(string name) => name switch
    {
        "json" => new JsonReporter(),
        _ => new MsBuildReporter(),
    };
}
