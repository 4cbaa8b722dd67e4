using System.CommandLine;
using ContentLint.Core.Rules;

namespace ContentLint.Cli.Commands;

/// <summary><c>contentlint explain RULE</c>: what a rule means, why it matters under HIPAA, how to fix or suppress it.</summary>
internal static class ExplainCommand
{
    public static Command Create(CliConsole console)
    {
        var ruleId = new Argument<string>("rule") { Description = "A rule ID, e.g. PHI004." };
        var command = new Command("explain", "Explain a rule: what it finds, why it matters, how to fix or suppress it.") { ruleId };
        command.SetAction(parseResult =>
        {
            var id = parseResult.GetValue(ruleId) ?? string.Empty;
            var rule = RuleCatalog.Default.Find(id)
                ?? throw new UsageException($"unknown rule '{id}'; 'contentlint rules' lists them");
            var output = console.Out;
            output.WriteLine($"{rule.Id} {rule.Name}: {rule.Title}");
            output.WriteLine();
            output.WriteLine($"Identifier:       {rule.Identifier}{(rule.SafeHarborItem is null ? string.Empty : $" (45 CFR 164.514(b)(2)(i)({rule.SafeHarborItem}))")}");
            output.WriteLine($"Default severity: {rule.DefaultSeverity.ToString().ToLowerInvariant()}");
            output.WriteLine($"Consent scope:    {rule.Scope ?? "none (a consent never covers it)"}");
            output.WriteLine($"Implemented:      {(rule.Implemented ? "yes" : "not yet (planned)")}");
            output.WriteLine();
            output.WriteLine(rule.Description.Trim());
            output.WriteLine();
            output.WriteLine("Why it matters under HIPAA:");
            output.WriteLine(rule.Rationale.Trim());
            output.WriteLine();
            output.WriteLine("How to fix or suppress:");
            output.WriteLine(rule.Fix.Trim());
            output.WriteLine();
            output.WriteLine($"More: {rule.HelpUri}");
            return ExitCodes.Clean;
        });
        return command;
    }
}
