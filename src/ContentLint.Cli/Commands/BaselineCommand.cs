using System.CommandLine;
using ContentLint.Core.Pipeline;

namespace ContentLint.Cli.Commands;

/// <summary>
/// <c>contentlint baseline [PATH...] -o FILE</c>: records today's findings so that <c>scan --baseline FILE</c> reports
/// only new ones. It is a scan whose output is the baseline file, so both see exactly the same findings.
/// </summary>
internal static class BaselineCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("path")
        {
            Arity = ArgumentArity.ZeroOrMore,
            Description = "Files or folders to scan (default: the repository root).",
        };
        var output = new Option<string>("--output", "-o") { Description = "The baseline file to write.", Required = true };
        var config = new Option<string?>("--config") { Description = "Configuration file (default: nearest .contentlint.yml upward from the scanned folder)." };
        var command = new Command("baseline", "Record the current findings in a baseline file, so that 'scan --baseline FILE' fails only on new ones.")
        {
            paths, output, config,
        };
        command.SetAction(parseResult =>
        {
            var request = new ScanCommand.ScanRequest(
                [.. (parseResult.GetValue(paths) ?? []).Select(console.FullPath)],
                "msbuild",
                FailOn.Never,
                parseResult.GetValue(config) is { } configPath ? console.FullPath(configPath) : null,
                ShowMatches: false,
                DateOnly.FromDateTime(DateTime.Now))
            {
                BaselineOutput = console.FullPath(parseResult.GetValue(output)!),
            };
            return ScanCommand.Execute(console, request);
        });
        return command;
    }
}
