using ContentLint.Core.Config;
using ContentLint.Core.Consent;
using ContentLint.Core.Detection.Context;
using ContentLint.Core.Model;
using ContentLint.Core.Rules;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Web;

/// <summary>Decides a page's <see cref="PageContext"/> from its path, front matter and the configuration. Built once per scan.</summary>
internal sealed class PageContextReader
{
    private readonly ContentLintConfig _config;
    private readonly IReadOnlyList<string> _consentMarkers;
    private readonly IReadOnlyList<string> _storyCues;
    private readonly HashSet<string> _facingMarkers;

    public PageContextReader(ContentLintConfig config, RuleCatalog catalog)
    {
        _config = config;
        _consentMarkers = [.. (catalog.Find("CON001")?.GetList("markers") ?? []).Select(ConsentRequirement.Normalize)];
        _storyCues = catalog.Find("PHI017")?.GetList("patientPages") ?? [];
        _facingMarkers = [.. (catalog.Find("WEB001")?.GetList("patientFacingMarkers") ?? []).Select(ConsentRequirement.Normalize)];
    }

    public PageContext Read(ContentDocument document, string configRelativePath)
    {
        var frontMatter = document.FrontMatter;
        var needsConsent = ConsentRequirement.ByPathOrMarker(configRelativePath, frontMatter, _config, _consentMarkers)
            || (frontMatter is not null && HasKey(frontMatter, "consent", "deidentified"))
            || PatientPage.Matches(document, _storyCues);
        var patientFacing = _config.Web.PatientPages.Any(glob => glob.IsMatch(configRelativePath))
            || (frontMatter is not null && ConsentRequirement.MarkerValues(frontMatter).Any(_facingMarkers.Contains));
        return new PageContext(needsConsent, patientFacing);
    }

    private static bool HasKey(FrontMatter frontMatter, params string[] keys) =>
        frontMatter.Root.Children.Keys.OfType<YamlScalarNode>().Any(k => keys.Contains(k.Value, StringComparer.Ordinal));
}
