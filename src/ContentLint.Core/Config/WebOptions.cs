namespace ContentLint.Core.Config;

/// <summary>The <c>web:</c> section: which pages are patient-facing and where the privacy policy lives (WEB rules).</summary>
/// <param name="PatientPages">Pages whose path matches one of these globs are patient-facing: trackers are reported there (WEB001).</param>
/// <param name="PolicyPage">The privacy or social-media policy page, relative to the configuration's folder; null: found by path or title (WEB006).</param>
public sealed record WebOptions(IReadOnlyList<GlobPattern> PatientPages, string? PolicyPage)
{
    /// <summary>The default <c>web.patient_pages</c> globs: appointment, booking, intake, portal, symptom and telehealth pages.</summary>
    public static IReadOnlyList<string> DefaultPatientPagePatterns { get; } =
    [
        "**/*{appointment,booking,book-online,intake,portal,symptom,telehealth,new-patient}*",
        "**/*{appointment,booking,book-online,intake,portal,symptom,telehealth,new-patient}*/**",
    ];

    /// <summary>The defaults: <see cref="DefaultPatientPagePatterns"/> and no configured policy page.</summary>
    public static WebOptions Default { get; } = new(
        [.. DefaultPatientPagePatterns.Select(GlobPattern.BuiltIn)],
        null);
}
