using System.CommandLine;
using System.Text.Json;
using ContentLint.Core.Rules;

namespace ContentLint.Cli.Commands;

/// <summary><c>contentlint rules [--format text|json|markdown]</c>: the rule catalog.</summary>
internal static class RulesCommand
{
    public static Command Create(CliConsole console)
    {
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "markdown");
        var command = new Command("rules", "List the rule catalog.") { format };
        command.SetAction(parseResult =>
        {
            var catalog = RuleCatalog.Default;
            switch (parseResult.GetValue(format))
            {
                case "json":
                    console.Out.WriteLine(JsonSerializer.Serialize(
                        catalog.Rules.Select(r => new
                        {
                            id = r.Id,
                            name = r.Name,
                            title = r.Title,
                            identifier = r.Identifier,
                            severity = r.DefaultSeverity.ToString().ToLowerInvariant(),
                            scope = r.Scope,
                            implemented = r.Implemented,
                            helpUri = r.HelpUri,
                        }),
                        JsonOptions));
                    break;
                case "markdown":
                    console.Out.Write(RuleTableWriter.Render(catalog));
                    break;
                default:
                    foreach (var rule in catalog.Rules)
                    {
                        var status = rule.Implemented ? string.Empty : "  (planned)";
                        console.Out.WriteLine($"{rule.Id}  {rule.DefaultSeverity.ToString().ToLowerInvariant(),-7}  {rule.Title}{status}");
                    }

                    break;
            }

            return ExitCodes.Clean;
        });
        return command;
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };
}
