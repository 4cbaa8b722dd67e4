using ContentLint.Core.Model;

namespace ContentLint.Core.Detection.Names;

/// <summary>
/// Whether a name with its cue and role is reported as PHI001 on a page of a given kind and language, and how sure
/// that is. Only patients, relatives and unknown people can be; on a story page every unknown person is taken for a
/// patient, on an article, news, policy, contact or chrome page only a name with a patient cue or a signature is.
/// High needs a patient, relative or label cue, a signature, a person key on a story page or a title with a family
/// name on a story page; Medium is a full name near health words (or on a story page); Low is the rest.
/// </summary>
internal static class NameReportPolicy
{
    /// <summary>The confidence and reason to report <paramref name="match"/> with, or null when it is not PHI001.</summary>
    /// <param name="healthContext">Whether health words stand near the match (asked only when needed).</param>
    /// <param name="healthStory">Whether the match's sentence has health words and "he", "she", "his" or "her" (asked only when needed).</param>
    /// <param name="namedBefore">A word of the match is a name the page reported earlier ("Tobias came in ..." before "Tobias Lind smiling").</param>
    /// <param name="possessive">The name is followed by "'s" ("Lorna's implant").</param>
    /// <param name="standsAlone">The name is the whole text of its segment (an alt text, a caption, a photo's author field).</param>
    public static (Confidence Confidence, string Reason)? Decide(NameMatch match, NameRole role, PageProfile profile, Func<bool> healthContext,
        Func<bool> healthStory, bool standsAlone, bool namedBefore = false, bool possessive = false)
    {
        var positional = match.Cue is NameCue.Signature or NameCue.PersonKey;
        var patientCue = positional || match.Cue == NameCue.Patient;
        if (role is NameRole.NotAPerson or NameRole.StaffFamily || profile.Kind == PageKind.Staff)
        {
            return null;
        }

        if (match.Cue == NameCue.Signature && match.Confidence == NameSignatures.StoryOnly && !profile.IsStory)
        {
            return null; // "— Wikipedia" under a quote on an article: only a story page's quotes are its patients'
        }

        if (role != NameRole.Unknown && !patientCue)
        {
            return null; // staff and public figures, unless the page ties them to a patient ("our patient Jo Reyes, RN")
        }

        if (!profile.IsEnglishOrUnknown && !positional && !(match.Cue == NameCue.Patient && profile.Language == "es"))
        {
            return null; // capitalization and English cue words mean nothing on a German page (Spanish cue words count on a Spanish one)
        }

        if (patientCue)
        {
            return (Confidence.High, CueReason(match.Cue));
        }

        if (profile.IsStory)
        {
            return match.Cue switch
            {
                NameCue.Honorific => (Confidence.High, "a title and family name on a story page"),
                NameCue.Speech => (Confidence.High, "a person speaking on a story page"),
                _ when match.Confidence >= Confidence.Medium => (Confidence.Medium, "a full name on a story page"),
                // A patient writing as "I" does not name themselves in the body, and family comes with a cue ("my son
                // Jack"): a given name alone there is mostly the clinician or the front desk they thank.
                _ when profile.IsFirstPersonStory && !namedBefore => null,
                _ => (Confidence.Low, "a given name on a story page"),
            };
        }

        if (profile.Kind != PageKind.Other)
        {
            // An article, news, policy, contact or chrome page: a name without a patient cue is not PHI, unless its
            // sentence tells the person's own health story ("When Idris Okoro came in after his collision, he had
            // a fractured tooth"), which a cited author's or a public figure's sentence, resolved above, does not.
            // A full name in a sentence about an injury or a treatment ("winner J. Ferreira was back from a torn
            // Achilles") is someone's health too.
            // A health story alone is not as sure as a cue there: the person may be in the news for other reasons.
            var fullName = match.Confidence >= Confidence.Medium;
            return healthStory() ? (fullName && match.Cue == NameCue.Honorific ? Confidence.High : Confidence.Medium, "a health story about the person")
                : fullName && healthContext() ? (Confidence.Medium, "a full name near health words")
                : namedBefore ? (Confidence.Medium, "a person the page already named as a patient")
                : null;
        }

        // A service, home or undecided page. A full name or a given name with nothing about health near it is
        // mostly a clinician, an author or a stock model there (measured on real sites: docs/accuracy.md).
        return match.Cue switch
        {
            NameCue.Honorific => (Confidence.Medium, "a title and family name"),
            NameCue.Speech => (Confidence.Medium, "a person speaking"),
            _ when match.Confidence >= Confidence.Medium => healthContext()
                ? (Confidence.Medium, "a full name near health words")
                : standsAlone && profile == PageProfile.ImageMetadata ? (Confidence.Medium, "a full name in an image's metadata")
                : namedBefore ? (Confidence.Medium, "a person the page already named as a patient")
                : IsFirstNameAndInitial(match) ? (Confidence.Low, "a first name and last initial, the way patients sign")
                : null,
            // A lone given name: whose health it is must show ("Lorna's lip line", "she"), not only health words near it.
            _ => healthStory() || (possessive && healthContext()) ? (Confidence.Low, "a given name in a health story")
                : namedBefore ? (Confidence.Low, "a person the page already named as a patient")
                : null,
        };
    }

    private static string CueReason(NameCue cue) => cue switch
    {
        NameCue.Signature => "a signature line",
        NameCue.PersonKey => "a person key of a story, or a key naming a patient",
        _ => "a patient or relative cue",
    };

    /// <summary>"Greta A.": a name of two words, the second an initial (initials are no keys).</summary>
    private static bool IsFirstNameAndInitial(NameMatch match) => match.Keys.Count == 1 && match.Confidence >= Confidence.Medium;
}
