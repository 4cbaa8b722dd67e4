using System.Buffers;
using ContentLint.Core.Config;
using ContentLint.Core.Detection;
using ContentLint.Core.Model;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Web;

/// <summary>
/// The page-level WEB rules (WEB001-WEB005). Unlike the PHI detectors they depend on the configuration (patient-facing
/// pages, processors, the practice's domains), so the scanner builds one per scan. Pages that need neither tracker
/// checks nor hold a form are not scanned for markup at all.
/// </summary>
internal sealed class WebHazardDetector
{
    private static readonly string[] StoryRules = ["WEB002", "WEB003"];

    // Vectorized: string.Contains with OrdinalIgnoreCase is a character loop under invariant globalization.
    private static readonly SearchValues<string> FormTag = SearchValues.Create(["<form"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> MailtoScheme = SearchValues.Create(["mailto:"], StringComparison.OrdinalIgnoreCase);

    private readonly HashSet<string> _implemented;
    private readonly EmbedFinder _embeds;
    private readonly FormFinder _forms;

    public WebHazardDetector(ContentLintConfig config, RuleCatalog catalog, SignatureSet signatures)
    {
        _implemented = catalog.Rules.Where(r => r.Implemented && r.Id.StartsWith("WEB", StringComparison.Ordinal)).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        _embeds = new EmbedFinder(signatures);
        _forms = new FormFinder(signatures, new HealthFieldMatcher(catalog.Find("WEB004")), config);
    }

    /// <summary>Adds the WEB candidates of <paramref name="document"/>; returns whether the page invites patients to engage.</summary>
    public bool Detect(ContentDocument document, PageContext page, ICollection<Candidate> candidates)
    {
        if (_implemented.Count == 0)
        {
            return false;
        }

        var text = document.File.Text;
        var rules = new HashSet<string>(StringComparer.Ordinal);
        if (page.TrackersMatter)
        {
            rules.Add("WEB001");
        }

        if (page.NeedsConsent)
        {
            rules.UnionWith(StoryRules);
        }

        rules.IntersectWith(_implemented);
        var hasForm = text.AsSpan().ContainsAny(FormTag);
        if (text.AsSpan().ContainsAny(MailtoScheme) && _implemented.Contains("WEB005"))
        {
            _forms.FindMailtoLinks(document, candidates);
        }

        if (rules.Count == 0 && !hasForm)
        {
            return page.PatientFacing;
        }

        var markup = MarkupScanner.Scan(document);
        var found = new List<Candidate>();
        _embeds.Find(document, markup, rules, found);
        var healthForm = hasForm && _forms.Find(markup, found);
        foreach (var candidate in found.Where(c => _implemented.Contains(c.RuleId)))
        {
            candidates.Add(candidate);
        }

        return page.PatientFacing || healthForm || found.Exists(c => c.RuleId == "WEB002");
    }
}
