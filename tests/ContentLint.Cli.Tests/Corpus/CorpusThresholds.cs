namespace ContentLint.Cli.Tests.Corpus;

/// <summary>
/// The least each implemented rule must reach over the whole corpus. These only ratchet up as detectors improve:
/// raise them when the figures in docs/evaluation.md allow it, never lower them to make a run pass.
/// </summary>
internal static class CorpusThresholds
{
    public const double MinimumRecall = 0.9;

    /// <summary>
    /// Temporary lower recall floors. A page needs consent (CON001), exceeds its consent (CON004) or breaks its
    /// de-identification claim (CON005) when the PHI detectors find a name, place, date or photo on it; those
    /// detectors (PHI001-PHI003, PHI007-PHI018) are being written (issue 3). Until they land, these pages are missed
    /// for a reason outside the consent rules. Remove each entry as soon as the figures allow: they never go down.
    /// </summary>
    private static readonly Dictionary<string, double> PendingRecallFloors = new(StringComparer.Ordinal)
    {
        ["CON001"] = 0.5,
        ["CON004"] = 0.0,
        ["CON005"] = 0.0,
    };

    public static double RecallFloor(string rule) => PendingRecallFloors.GetValueOrDefault(rule, MinimumRecall);

    /// <remarks>
    /// 0.7 while consent is not yet applied: on a page whose valid consent covers `contact`, its contact details are
    /// still reported (the consent rules, CON001-CON005, bring that filter), and a third party's fax number with no
    /// patient near it is reported too. Both cost PHI005/PHI006 one false positive each today (75 %); raise this to
    /// 0.8 or more with the consent issue.
    /// </remarks>
    public const double MinimumPrecision = 0.7;

    /// <summary>Hard negatives that are the organization's own contact details: the allow list must remove them all.</summary>
    public static readonly IReadOnlySet<string> OrganizationContactKinds = new HashSet<string>(StringComparer.Ordinal)
    {
        "org-phone", "org-fax", "org-email",
    };
}
