using ContentLint.Core.Detection.Context;
using ContentLint.Core.Detection.Geography;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Detection;

/// <summary>Builds the detectors for the implemented rules of a catalog, by the detector kind each rule names.</summary>
public static class DetectorRegistry
{
    /// <summary>The detector kind of the telephone and fax rules.</summary>
    internal const string TelephoneKind = "telephone";

    /// <summary>The detector kind of the e-mail rule.</summary>
    internal const string EmailKind = "email";

    /// <summary>The detector kind of the person-name rule.</summary>
    internal const string NameKind = "name";

    /// <summary>The kind the consent rules name: they are evaluated per page, after detection.</summary>
    internal const string ConsentKind = "consent";

    /// <summary>The kind of the WEB page-hazard rules: the pipeline runs them per page with the configuration (Web/).</summary>
    internal const string WebKind = "web";

    /// <summary>The kind of site-level rules, evaluated once per whole-site scan (Web/).</summary>
    internal const string SiteKind = "site";

    /// <summary>Detector kinds that are not <see cref="IDetector"/>s: the pipeline evaluates them itself.</summary>
    internal static bool IsPipelineKind(string? kind) => kind is ConsentKind or WebKind or SiteKind;

    /// <summary>
    /// Builds now what detectors otherwise build the first time a page needs it (vocabularies, street and region
    /// lists, web signatures). A scan of a few staged files leaves these lazy, since most of them are never needed
    /// there; a working-tree scan, which will need them all, builds them while it walks the tree, so the scanning
    /// threads do not wait for them at their first pages.
    /// </summary>
    public static void WarmUp() =>
        Parallel.Invoke(HealthVocabulary.WarmUp, GeographyWords.WarmUp, () => _ = Web.SignatureSet.Default);

    /// <summary>One detector per detector kind used by an implemented rule of <paramref name="catalog"/>.</summary>
    /// <exception cref="InvalidDataException">An implemented rule names an unknown kind, or a kind misses a rule it needs.</exception>
    public static IReadOnlyList<IDetector> CreateAll(RuleCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        // Page-level consent and WEB rules are not detectors: the pipeline runs them around the detectors (Consent/, Web/).
        var groups = catalog.Rules.Where(r => r.Implemented && !IsPipelineKind(r.Detector))
            .GroupBy(r => r.Detector, StringComparer.Ordinal)
            .Select(g => (Kind: g.Key, Rules: g.ToList()))
            .ToList();

        // Every scan builds all detectors before its first file (word lists, regexes: a few hundred ms in all), so
        // they are built side by side; the list keeps catalog order.
        var detectors = new IDetector[groups.Count];
        try
        {
            Parallel.For(0, groups.Count, i => detectors[i] = Create(groups[i].Kind, groups[i].Rules, catalog.Find("PHI001")));
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex.InnerExceptions[0]);
        }

        return detectors;
    }

    /// <summary>The detector kind of the review-reply rule, which reads the name rule's person keys too.</summary>
    internal const string ReviewReplyKind = "review-reply";

    private static IDetector Create(string? kind, List<RuleDefinition> rules, RuleDefinition? names) => kind switch
    {
        TelephoneKind => CreateTelephone(rules),
        EmailKind when rules.Count == 1 => new EmailDetector(rules[0]),
        "identifier" => new Identifiers.IdentifierDetector(rules),
        "ip-address" when rules.Count == 1 => new Identifiers.IpAddressDetector(rules[0]),
        NameKind when rules.Count == 1 => new Names.NameDetector(rules[0]),
        "biometric" when rules.Count == 1 => new Biometrics.BiometricDetector(rules[0]),
        "personal-url" when rules.Count == 1 => new Urls.PersonalUrlDetector(rules[0]),
        "photo" when rules.Count == 1 => new Photos.PhotoDetector(rules[0]),
        "geography" when rules.Count == 1 => new Geography.GeographyDetector(rules[0]),
        "date" when rules.Count == 1 => new Dates.DateDetector(rules[0]),
        ReviewReplyKind when rules.Count == 1 => new Replies.ReviewReplyDetector(rules[0], names),
        _ => throw new InvalidDataException($"Rule catalog: no detector of kind '{kind}' for {string.Join(", ", rules.Select(r => r.Id))}."),
    };

    /// <summary>The telephone family reports two rules; the fax rule is the one that carries fax cues.</summary>
    private static TelephoneDetector CreateTelephone(List<RuleDefinition> rules)
    {
        var fax = rules.Where(r => r.GetList("faxCues").Count > 0).ToList();
        var telephone = rules.Except(fax).ToList();
        if (fax.Count != 1 || telephone.Count != 1)
        {
            throw new InvalidDataException(
                $"Rule catalog: the '{TelephoneKind}' detector needs one telephone rule and one fax rule (with faxCues), not {string.Join(", ", rules.Select(r => r.Id))}.");
        }

        return new TelephoneDetector(telephone[0], fax[0]);
    }
}
