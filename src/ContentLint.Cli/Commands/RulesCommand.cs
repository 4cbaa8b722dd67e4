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
                    console.Out.WriteLine(CatalogJson(catalog));
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

    /// <summary>The catalog as indented JSON, written field by field (no reflection, so it also works trimmed or AOT-compiled).</summary>
    private static string CatalogJson(RuleCatalog catalog)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartArray();
            foreach (var r in catalog.Rules)
            {
                json.WriteStartObject();
                json.WriteString("id", r.Id);
                json.WriteString("name", r.Name);
                json.WriteString("title", r.Title);
                json.WriteString("identifier", r.Identifier);
                json.WriteString("severity", r.DefaultSeverity.ToString().ToLowerInvariant());
                json.WriteString("scope", r.Scope);
                json.WriteBoolean("implemented", r.Implemented);
                json.WriteString("helpUri", r.HelpUri.AbsoluteUri);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
