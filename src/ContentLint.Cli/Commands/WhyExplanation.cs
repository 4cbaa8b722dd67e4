using ContentLint.Core.Model;
using ContentLint.Core.Pipeline;
using ContentLint.Core.Rules;

namespace ContentLint.Cli.Commands;

/// <summary>What <c>contentlint why</c> prints, taken from one file's scan result: the same redacted diagnostics <c>scan</c> reports.</summary>
/// <param name="Result">The file's scan result.</param>
/// <param name="Line">The line asked about, or null for the whole file.</param>
/// <param name="Selected">False when <c>scan</c> would skip the file (excluded or git-ignored).</param>
/// <param name="LineCount">The file's number of lines, to tell "nothing on this line" from "no such line".</param>
/// <param name="Catalog">The rules, for titles and default reasons.</param>
internal sealed record WhyExplanation(FileScanResult Result, int? Line, bool Selected, int LineCount, RuleCatalog Catalog)
{
    public PageProfile Profile => Result.Profile ?? PageProfile.Unknown;

    /// <summary>The findings on <see cref="Line"/> (every finding without one), page-level consent findings apart.</summary>
    public IReadOnlyList<Diagnostic> Findings =>
        [.. Result.Diagnostics.Where(d => d.IsFinding && !IsConsent(d) && (Line is not { } line || d.Range is { } r && r.StartLine <= line && line <= r.EndLine))];

    /// <summary>The page's consent findings (CON*), whatever the line: consent is decided for the whole page.</summary>
    public IReadOnlyList<Diagnostic> Consent => [.. Result.Diagnostics.Where(IsConsent)];

    /// <summary>The scan's own problems with the file (parsed in part, an invalid suppression), on the line or anywhere.</summary>
    public IReadOnlyList<Diagnostic> Problems =>
        [.. Result.Diagnostics.Where(d => !d.IsFinding && (Line is not { } line || d.Range is not { } r || r.StartLine <= line && line <= r.EndLine))];

    public string Title(Diagnostic finding) => Catalog.Find(finding.Code)?.Title ?? finding.Code;

    /// <summary>The finding's reason, or the rule's own when its detector gave none.</summary>
    public string Reason(Diagnostic finding) =>
        finding.Reason ?? (Catalog.Find(finding.Code) is { } rule ? $"{rule.Message} (the rule's own; no narrower reason recorded)" : "no reason recorded");

    /// <summary>One sentence on the page's consent when it has no consent finding.</summary>
    public string NoConsentFinding => Result.ConsentScope.Count > 0
        ? $"no consent finding: a valid, current consent covers {string.Join(", ", Result.ConsentScope.Order(StringComparer.Ordinal))}"
        : "no consent finding: not a patient-story page and no confident patient identifier (or marked de-identified and has none)";

    private static bool IsConsent(Diagnostic diagnostic) => diagnostic.Code.StartsWith("CON", StringComparison.Ordinal);
}
