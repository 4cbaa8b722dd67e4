using ContentLint.Core.Config;
using ContentLint.Core.Consent;
using ContentLint.Core.Detection.Context;
using ContentLint.Core.Model;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Profile;

/// <summary>Decides each page's <see cref="PageProfile"/>. Built once per scan; thread-safe.</summary>
internal sealed class PageProfiler
{
    private readonly ContentLintConfig _config;
    private readonly IReadOnlyList<string> _consentMarkers;
    private readonly IReadOnlyList<string> _storyCues;

    public PageProfiler(ContentLintConfig config, RuleCatalog catalog)
    {
        _config = config;
        _consentMarkers = [.. (catalog.Find("CON001")?.GetList("markers") ?? []).Select(ConsentRequirement.Normalize)];
        _storyCues = catalog.Find("PHI017")?.GetList("patientPages") ?? [];
    }

    /// <param name="configRelativePath">The page's path relative to the configuration's base folder.</param>
    public PageProfile Profile(ContentDocument document, string configRelativePath)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (ConsentRequirement.ByPathOrMarker(configRelativePath, document.FrontMatter, _config, _consentMarkers)
            || PatientPage.Matches(document, _storyCues))
        {
            return new PageProfile(PageKind.Story, "path or front matter marks a patient story", null);
        }

        return PageProfile.Unknown;
    }
}
