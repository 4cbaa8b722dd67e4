using System.Text;

namespace ContentLint.Core.Rules;

/// <summary>Writes one rule's help section (what <c>contentlint explain</c> and the help anchors show).</summary>
internal static class RuleHelpWriter
{
    public static void Write(StringBuilder md, RuleDefinition rule)
    {
        var citation = rule.SafeHarborItem is null ? string.Empty : $" (45 CFR 164.514(b)(2)(i)({rule.SafeHarborItem}))";
        md.Append("### ").Append(rule.Id).Append("\n\n")
          .Append("**`").Append(rule.Name).Append("`**: ").Append(RuleTableWriter.Escape(rule.Title)).Append("\n\n")
          .Append("- Identifier: ").Append(RuleTableWriter.Escape(rule.Identifier)).Append(citation).Append('\n')
          .Append("- Default severity: ").Append(RuleTableWriter.SeverityWord(rule.DefaultSeverity)).Append('\n')
          .Append("- Consent scope: ").Append(RuleTableWriter.ScopeCell(rule)).Append('\n')
          .Append("- Implemented: ").Append(rule.Implemented ? "yes" : "no, planned").Append('\n')
          .Append("- Message: ").Append(RuleTableWriter.Escape(rule.Message)).Append("\n\n")
          .Append(rule.Description).Append("\n\n")
          .Append("**Why it matters.** ").Append(rule.Rationale).Append("\n\n")
          .Append("**How to fix or suppress.** ").Append(rule.Fix).Append('\n');
        if (rule.SeverityReason is not null)
        {
            md.Append("\n**Why this severity.** ").Append(rule.SeverityReason).Append('\n');
        }

        WriteExamples(md, "Reported", rule.Examples.Match);
        WriteExamples(md, "Not reported", rule.Examples.NoMatch);
    }

    private static void WriteExamples(StringBuilder md, string heading, IReadOnlyList<string> samples)
    {
        if (samples.Count == 0)
        {
            return;
        }

        md.Append("\n**").Append(heading).Append(":**\n\n");
        foreach (var sample in samples)
        {
            if (sample.Contains('\n', StringComparison.Ordinal))
            {
                // Whole-page samples (WEB rules) keep their lines: a fenced block, the reported span between « and ».
                var fence = sample.Contains("```", StringComparison.Ordinal) ? "~~~~" : "```";
                md.Append("- Page:\n\n  ").Append(fence).Append('\n');
                foreach (var line in MarkSpans(sample).Split('\n'))
                {
                    md.Append(line.Length == 0 ? string.Empty : "  ").Append(line).Append('\n');
                }

                md.Append("  ").Append(fence).Append('\n');
                continue;
            }

            md.Append("- ").Append(HighlightSpans(sample)).Append('\n');
        }
    }

    /// <summary>A sample's <c>{|...|}</c> spans as «...», for samples shown verbatim in code blocks.</summary>
    private static string MarkSpans(string sample) =>
        System.Text.RegularExpressions.Regex.Replace(sample, @"\{\|(?:[A-Z]{3}[0-9]{3}:)?(.*?)\|\}", "«$1»",
            System.Text.RegularExpressions.RegexOptions.Singleline, TimeSpan.FromSeconds(1));

    /// <summary>Shows a sample's <c>{|...|}</c> spans in bold, the rest escaped.</summary>
    private static string HighlightSpans(string sample)
    {
        var text = new StringBuilder();
        var rest = sample.AsSpan();
        while (true)
        {
            var open = rest.IndexOf("{|", StringComparison.Ordinal);
            var close = open < 0 ? -1 : rest[open..].IndexOf("|}", StringComparison.Ordinal);
            if (close < 0)
            {
                return text.Append(RuleTableWriter.Escape(rest.ToString())).ToString();
            }

            text.Append(RuleTableWriter.Escape(rest[..open].ToString()))
                .Append("**").Append(RuleTableWriter.Escape(rest.Slice(open + 2, close - 2).ToString())).Append("**");
            rest = rest[(open + close + 2)..];
        }
    }
}
