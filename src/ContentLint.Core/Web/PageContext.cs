namespace ContentLint.Core.Web;

/// <summary>What kind of page a document is, as the WEB rules and the image rules ask.</summary>
/// <param name="NeedsConsent">
/// A patient story: its path is under <c>consent.required_paths</c>, its front matter marks it as a testimonial, story
/// or case study, it has a <c>consent</c> or <c>deidentified</c> block, or its path reads like one (PHI017's cues).
/// </param>
/// <param name="PatientFacing">An appointment, booking, intake, portal, symptom or telehealth page (<c>web.patient_pages</c> or front matter).</param>
internal sealed record PageContext(bool NeedsConsent, bool PatientFacing)
{
    /// <summary>Pages where a tracker discloses health information: patient-facing or patient-story pages.</summary>
    public bool TrackersMatter => NeedsConsent || PatientFacing;
}
