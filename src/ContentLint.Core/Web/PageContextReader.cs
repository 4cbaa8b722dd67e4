using ContentLint.Core.Config;
using ContentLint.Core.Consent;
using ContentLint.Core.Model;
using ContentLint.Core.Rules;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Web;

/// <summary>Decides a page's <see cref="PageContext"/> from its profile, front matter and the configuration. Built once per scan.</summary>
internal sealed class PageContextReader
{
    private readonly ContentLintConfig _config;
    private readonly HashSet<string> _facingMarkers;

    public PageContextReader(ContentLintConfig config, RuleCatalog catalog)
    {
        _config = config;
        _facingMarkers = [.. (catalog.Find("WEB001")?.GetList("patientFacingMarkers") ?? []).Select(ConsentRequirement.Normalize)];
    }

    /// <param name="document">The page, profiled (<see cref="ContentDocument.Profile"/>) by the scanner.</param>
    public PageContext Read(ContentDocument document, string configRelativePath)
    {
        var frontMatter = document.FrontMatter;
        // A patient story by its profile (one answer for every rule), or a page that records a consent decision.
        var needsConsent = document.Profile.IsStory
            || (frontMatter is not null && HasKey(frontMatter, "consent", "deidentified"));
        var patientFacing = _config.Web.PatientPages.Any(glob => glob.IsMatch(configRelativePath))
            || (frontMatter is not null && ConsentRequirement.MarkerValues(frontMatter).Any(_facingMarkers.Contains));
        return new PageContext(needsConsent, patientFacing);
    }

    private static bool HasKey(FrontMatter frontMatter, params string[] keys) =>
        frontMatter.Root.Children.Keys.OfType<YamlScalarNode>().Any(k => keys.Contains(k.Value, StringComparer.Ordinal));
}
