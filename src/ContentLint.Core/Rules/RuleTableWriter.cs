using System.Globalization;
using System.Text;
using ContentLint.Core.Model;

namespace ContentLint.Core.Rules;

/// <summary>
/// Renders the catalog as Markdown: the rule table and one help section per rule. Its output is the generated
/// block of rules/README.md, between <see cref="BeginMarker"/> and <see cref="EndMarker"/>.
/// </summary>
public static class RuleTableWriter
{
    /// <summary>The line that opens the generated block in rules/README.md.</summary>
    public const string BeginMarker = "<!-- rules:begin -->";

    /// <summary>The line that closes the generated block in rules/README.md.</summary>
    public const string EndMarker = "<!-- rules:end -->";

    /// <summary>The Markdown for <paramref name="catalog"/>, with <c>\n</c> line ends and without the markers.</summary>
    public static string Render(RuleCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var md = new StringBuilder(RenderTable(catalog, linkPrefix: "#"));
        foreach (var rule in catalog.Rules)
        {
            md.Append('\n');
            RuleHelpWriter.Write(md, rule);
        }

        return md.ToString();
    }

    /// <summary>Only the rule table, each ID linking to <paramref name="linkPrefix"/> + its anchor (the top-level README links into rules/README.md).</summary>
    public static string RenderTable(RuleCatalog catalog, string linkPrefix)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var md = new StringBuilder();
        md.Append("| ID | Name | Identifier | Default severity | Consent scope | Implemented |\n");
        md.Append("|---|---|---|---|---|---|\n");
        foreach (var rule in catalog.Rules)
        {
            md.Append(Invariant($"| [{rule.Id}]({linkPrefix}{Anchor(rule)}) | `{rule.Name}` | {Escape(rule.Identifier)} | "))
              .Append(Invariant($"{SeverityWord(rule.DefaultSeverity)} | {ScopeCell(rule)} | {(rule.Implemented ? "yes" : "no")} |\n"));
        }

        return md.ToString();
    }

    /// <summary>Replaces the generated block of <paramref name="readme"/> with a fresh rendering of <paramref name="catalog"/>.</summary>
    /// <exception cref="InvalidDataException">The markers are missing or out of order.</exception>
    internal static string UpdateReadme(string readme, RuleCatalog catalog)
    {
        var (start, end) = FindBlock(readme);
        return string.Concat(readme.AsSpan(0, start), "\n", Render(catalog), readme.AsSpan(end));
    }

    /// <summary>The text between the markers (after the begin marker's line, up to the end marker).</summary>
    internal static string ExtractBlock(string readme)
    {
        var (start, end) = FindBlock(readme);
        return readme[start..end].ReplaceLineEndings("\n").TrimStart('\n');
    }

    internal static string Anchor(RuleDefinition rule) => rule.Id.ToLowerInvariant();

    internal static string SeverityWord(Severity severity) => severity.ToString().ToLowerInvariant();

    internal static string ScopeCell(RuleDefinition rule) => rule.Scope is null ? "none" : $"`{rule.Scope}`";

    /// <summary>Escapes the characters that would change Markdown structure inside table cells and prose.</summary>
    internal static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '`' or '<' or '>' or '[' or ']' or '|')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    private static (int Start, int End) FindBlock(string readme)
    {
        ArgumentNullException.ThrowIfNull(readme);
        var begin = readme.IndexOf(BeginMarker, StringComparison.Ordinal);
        var end = readme.IndexOf(EndMarker, StringComparison.Ordinal);
        if (begin < 0 || end < begin)
        {
            throw new InvalidDataException($"rules/README.md must contain {BeginMarker} followed by {EndMarker}.");
        }

        return (begin + BeginMarker.Length, end);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
