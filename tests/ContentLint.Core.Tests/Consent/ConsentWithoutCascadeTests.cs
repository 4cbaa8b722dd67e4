using ContentLint.Core.Config;
using ContentLint.Core.Consent;
using ContentLint.Core.Model;
using ContentLint.Core.Parsing;
using ContentLint.Core.Rules;
using ContentLint.Core.Tests.Detection;
using ContentLint.Core.Tests.Parsing;
using ContentLint.Core.Tests.Profile;

namespace ContentLint.Core.Tests.Consent;

/// <summary>CON001 for patient stories and for confident identifiers only: a guess on another page demands no consent.</summary>
public sealed class ConsentWithoutCascadeTests
{
    private const string MediumName = "Linda Baker loves her new implant.";
    private const string HighName = "Our patient Hannah Price loves her new implant.";

    private static readonly RuleDefinition Names = RuleCatalog.Default.Find("PHI001")!;

    [Theory]
    [InlineData(MediumName, Confidence.Medium)]
    [InlineData(HighName, Confidence.High)]
    public void The_sample_names_have_the_confidence_the_tests_rely_on(string sentence, Confidence confidence)
    {
        var name = Assert.Single(DetectorHarness.Run(sentence), c => c.RuleId == "PHI001");

        Assert.Equal(confidence, name.Confidence);
    }

    [Fact]
    public void A_service_page_with_only_a_medium_name_needs_no_consent()
    {
        var codes = Codes("services/implants.md", "---\ntitle: Dental implants\n---\n" + MediumName + "\n");

        Assert.Equal(["PHI001"], codes);
    }

    [Fact]
    public void A_service_page_with_a_high_name_needs_consent()
    {
        var codes = Codes("services/implants.md", "---\ntitle: Dental implants\n---\n" + HighName + "\n");

        Assert.Equal(["CON001", "PHI001"], codes);
    }

    [Fact]
    public void A_story_page_without_identifiers_needs_consent_at_its_first_character()
    {
        var diagnostics = SnippetScan.Findings("content/testimonials/great-visit.md", "---\ntitle: A great visit\n---\nThe staff were kind and the visit was quick.\n");

        var consent = Assert.Single(diagnostics);
        Assert.Equal(("CON001", new SourceRange(1, 1, 1, 1)), (consent.Code, consent.Range));
    }

    [Fact]
    public void A_story_page_with_a_medium_name_needs_consent()
    {
        var codes = Codes("content/testimonials/linda.md", "---\ntitle: A new smile\n---\n" + MediumName + "\n");

        Assert.Equal(["CON001", "PHI001"], codes);
    }

    [Fact]
    public void A_medium_finding_alone_does_not_make_an_unprofiled_page_need_consent()
    {
        var verdict = Evaluate("services/implants.md", "Text.\n", new ConsentFinding(Names, Confident: true, Certain: false));

        Assert.Empty(verdict.Diagnostics);
    }

    [Fact]
    public void A_certain_finding_makes_any_page_need_consent()
    {
        var verdict = Evaluate("services/implants.md", "Text.\n", new ConsentFinding(Names, Confident: true, Certain: true));

        Assert.Equal(["CON001"], verdict.Diagnostics.Select(d => d.RuleId));
    }

    [Fact]
    public void A_medium_finding_still_contradicts_a_deidentified_claim()
    {
        var verdict = Evaluate("services/implants.md", "---\ndeidentified: safe-harbor\n---\nText.\n", new ConsentFinding(Names, Confident: true, Certain: false));

        Assert.Equal(["CON005"], verdict.Diagnostics.Select(d => d.RuleId));
    }

    private static string[] Codes(string path, string text) =>
        [.. SnippetScan.Findings(path, text).Select(d => d.Code).Order(StringComparer.Ordinal)];

    private static ConsentVerdict Evaluate(string path, string text, params ConsentFinding[] findings)
    {
        var document = DocumentParser.Parse(new SourceFile(path, text));
        document.Profile = ProfileHarness.Of(path, text);
        return new ConsentEvaluator(ContentLintConfig.Default(Path.GetTempPath())).Evaluate(document, findings, new DateOnly(2026, 1, 1));
    }
}
