using ContentLint.Core.Model;

namespace ContentLint.Core.Suppression;

/// <summary>Turns invalid directives into <see cref="ToolCodes.InvalidSuppression"/> errors (warnings for directives written in code) and unused suppressions into <see cref="ToolCodes.UnusedSuppression"/> notes.</summary>
public static class SuppressionDiagnostics
{
    /// <summary>Call after every finding of the file has been offered to <see cref="SuppressionSet.Suppress"/>.</summary>
    public static IEnumerable<Diagnostic> For(SuppressionSet suppressions, ContentDocument document)
    {
        ArgumentNullException.ThrowIfNull(suppressions);
        ArgumentNullException.ThrowIfNull(document);
        foreach (var problem in suppressions.Problems)
        {
            yield return new Diagnostic(ToolCodes.InvalidSuppression, problem.Severity, document.File.Path, document.Lines.GetRange(problem.Start, problem.End), problem.Message);
        }

        foreach (var unused in suppressions.Unused)
        {
            var what = unused.Kind switch
            {
                SuppressionKind.NextLine => "on the next line",
                SuppressionKind.Range => "in its range",
                _ => "on this page",
            };
            yield return new Diagnostic(ToolCodes.UnusedSuppression, Severity.Note, document.File.Path, document.Lines.GetRange(unused.DirectiveStart, unused.DirectiveEnd),
                $"unused suppression: no {unused.RuleId} finding {what}; remove {unused.RuleId} from the directive");
        }
    }
}
