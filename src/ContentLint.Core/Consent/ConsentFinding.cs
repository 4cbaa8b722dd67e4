using ContentLint.Core.Rules;

namespace ContentLint.Core.Consent;

/// <summary>A PHI finding as consent sees it: which rule, and how sure its detector was.</summary>
/// <param name="Rule">The finding's rule.</param>
/// <param name="Confident">Medium or high confidence: it must be covered by a consent's scope (CON004) and contradicts a de-identified claim (CON005).</param>
/// <param name="Certain">
/// High confidence: a patient identifier on its own makes a page that is not a story need consent (CON001). A
/// medium guess (a capitalised pair of words, a date near health words) does not, or every staff bio, sidebar and
/// insurance page would.
/// </param>
internal sealed record ConsentFinding(RuleDefinition Rule, bool Confident, bool Certain = false);
