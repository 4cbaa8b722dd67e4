using ContentLint.Core.Model;

namespace ContentLint.Core.Rules;

/// <summary>One rule of the catalog (rules/catalog.yml): its identity, help text and the data its detector uses.</summary>
/// <param name="Id">The rule ID, e.g. <c>PHI004</c>; never reused for another meaning.</param>
/// <param name="Name">A kebab-case name, e.g. <c>telephone-number</c>.</param>
/// <param name="Identifier">The Safe Harbor identifier (or the consent topic) in the regulation's words.</param>
/// <param name="SafeHarborItem">The item letter (A..R) of 45 CFR 164.514(b)(2)(i), or null for consent rules.</param>
/// <param name="Title">A short description (SARIF <c>shortDescription</c>).</param>
/// <param name="DefaultSeverity">The severity before configuration and confidence adjust it.</param>
/// <param name="SeverityReason">Why the default severity was chosen, when that is not obvious.</param>
/// <param name="Message">The diagnostic text; it never contains matched text.</param>
/// <param name="Description">The full description (SARIF <c>fullDescription</c>).</param>
/// <param name="Rationale">Why the rule matters under HIPAA.</param>
/// <param name="Fix">How to fix or suppress a finding.</param>
/// <param name="Scope">The consent scope word that covers the rule, or null when none does.</param>
/// <param name="HelpUri">The rule's help page.</param>
/// <param name="Implemented">Whether a detector reports this rule yet.</param>
/// <param name="Detector">The detector kind that reports this rule (e.g. <c>telephone</c>), or null.</param>
/// <param name="Data">Named word lists for the detector (cue words, skipped domains, ...).</param>
/// <param name="Examples">Samples that must and must not match; match samples mark spans as <c>{|...|}</c>.</param>
public sealed record RuleDefinition(
    string Id,
    string Name,
    string Identifier,
    string? SafeHarborItem,
    string Title,
    Severity DefaultSeverity,
    string? SeverityReason,
    string Message,
    string Description,
    string Rationale,
    string Fix,
    string? Scope,
    Uri HelpUri,
    bool Implemented,
    string? Detector,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Data,
    RuleExamples Examples)
{
    /// <summary>The word list <paramref name="key"/> of <see cref="Data"/>, or an empty list when the rule has none.</summary>
    public IReadOnlyList<string> GetList(string key) => Data.TryGetValue(key, out var list) ? list : [];
}
