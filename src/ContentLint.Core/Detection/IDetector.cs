using ContentLint.Core.Model;

namespace ContentLint.Core.Detection;

/// <summary>
/// Finds one family of identifiers (e-mail addresses, telephone and fax numbers, names, ...) in a parsed document.
/// Detectors are stateless and thread-safe, read no files and no global state, and never filter by allow lists:
/// the pipeline does that afterwards, in one place.
/// </summary>
public interface IDetector
{
    /// <summary>The rule IDs this detector can report.</summary>
    IReadOnlyCollection<string> RuleIds { get; }

    /// <summary>Adds every candidate found in <paramref name="document"/> to <paramref name="candidates"/>.</summary>
    void Detect(ContentDocument document, ICollection<Candidate> candidates);
}
