namespace ContentLint.Core.Detection.Names;

/// <summary>Who a person mention is, as far as the page tells: only patients, relatives and unknown people can be PHI001.</summary>
internal enum NameRole
{
    /// <summary>Nothing says who it is: a patient or relative on a story page, otherwise judged by its cues.</summary>
    Unknown,

    /// <summary>A clinician or other staff member: credentials, a clinician title, a staff page, the page's author.</summary>
    Staff,

    /// <summary>
    /// A clinician's own family: a relative cue after "his", "her" or "their" in a sentence about a clinician and
    /// not about care ("Dr. Imre lives in town with his wife Dora"). Not a patient, cue or not.
    /// </summary>
    StaffFamily,

    /// <summary>A public figure or a cited author: a public role, a citation, a study or book of theirs.</summary>
    PublicFigure,

    /// <summary>Not a person: a Title Case heading or label, an organization, insurer, brand, product, degree or event.</summary>
    NotAPerson,
}
