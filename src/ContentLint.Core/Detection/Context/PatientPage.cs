using ContentLint.Core.Model;

namespace ContentLint.Core.Detection.Context;

/// <summary>
/// Whether a page is a patient story, testimonial, case study or before/after gallery. The page's profile decides
/// it once, from its path, front matter, title and headings (docs/page-profile.md); detectors ask here or read
/// <see cref="PageProfile.IsStory"/>, never their own cue lists, so that every rule gets the same answer.
/// </summary>
internal static class PatientPage
{
    /// <summary>True when the page's profile says it is a patient story.</summary>
    public static bool Is(ContentDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Profile.IsStory;
    }

    /// <summary>The former call, with the detector's own cue list: the profile's answer now (rules/page-kinds.yml holds the words).</summary>
    public static bool Matches(ContentDocument document, IReadOnlyList<string> cues)
    {
        ArgumentNullException.ThrowIfNull(cues);
        return Is(document);
    }
}
