using ContentLint.Core.Model;

namespace ContentLint.Core.Pipeline;

/// <summary>
/// Why a page-level consent finding (CON*) was raised, in words safe to print: the page's kind and its evidence, or
/// the confident identifiers that made the page need consent (rule and line, never their text).
/// </summary>
internal static class ConsentReason
{
    /// <summary>Identifiers named in a reason; more are counted, not listed.</summary>
    private const int Listed = 3;

    /// <param name="ruleId">The CON rule.</param>
    /// <param name="profile">The page's profile.</param>
    /// <param name="confident">The page's confident identifier findings: rule ID and line.</param>
    public static string? For(string ruleId, PageProfile profile, IReadOnlyList<(string RuleId, int Line)> confident) => ruleId switch
    {
        "CON001" when profile.NeedsStoryConsent => $"patient-story page: {profile.Evidence}",
        "CON001" when confident.Count > 0 => $"confident identifier: {Identifiers(confident)}",
        "CON001" => "consent.required_paths or a consent marker in the front matter",
        "CON002" => "the page's consent block or deidentified claim is not valid",
        "CON003" => "the page's consent is no longer valid",
        "CON004" => "a confident identifier the consent's scope does not cover",
        "CON005" => $"the page claims to be de-identified but has a confident identifier: {Identifiers(confident)}",
        _ => null,
    };

    /// <summary>
    /// Why a story record of a data or code file has a consent finding. Neither its keys nor its path are named: a
    /// file may key its records by the patients' names.
    /// </summary>
    public static string? ForRecord(string ruleId) => ruleId switch
    {
        "CON001" => "a story record (a testimonial, a review, a patient's own record) of a data or code file, without a consent block",
        "CON002" => "the record's consent block is not valid",
        "CON003" => "the record's consent is no longer valid",
        "CON004" => "a confident identifier the record's consent scope does not cover",
        _ => null,
    };

    private static string Identifiers(IReadOnlyList<(string RuleId, int Line)> confident)
    {
        var listed = string.Join(", ", confident.OrderBy(c => c.Line).ThenBy(c => c.RuleId, StringComparer.Ordinal).Take(Listed).Select(c => $"{c.RuleId} on line {c.Line}"));
        return confident.Count > Listed ? $"{listed} and {confident.Count - Listed} more" : listed;
    }
}
