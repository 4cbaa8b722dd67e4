using ContentLint.Core.Config;
using ContentLint.Core.Detection;
using ContentLint.Core.Model;
using ContentLint.Core.Pipeline;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Tests.Reporting;

/// <summary>The scanner carries a candidate's confidence and reason to its diagnostic, and gives consent findings theirs.</summary>
public sealed class FindingConfidenceTests
{
    [Fact]
    public void A_candidates_confidence_and_reason_reach_its_diagnostic()
    {
        var result = Scan("notes.md", "Plain words here.\n", new PlantedDetector("PHI006", Confidence.Low, "planted cue"));

        var finding = Assert.Single(result.Diagnostics, d => d.Code == "PHI006");
        Assert.Equal(new SourceRange(1, 1, 1, 6), finding.Range);
        Assert.Equal(Confidence.Low, finding.Confidence);
        Assert.Equal("planted cue", finding.Reason);
        Assert.Equal(Severity.Warning, finding.Severity);
    }

    [Fact]
    public void A_page_needing_consent_for_a_confident_identifier_says_which_and_where()
    {
        var result = Scan("notes.md", "Plain words here.\n", new PlantedDetector("PHI006", Confidence.High, null));

        var consent = Assert.Single(result.Diagnostics, d => d.Code == "CON001");
        Assert.Equal(Confidence.High, consent.Confidence);
        Assert.Equal("confident identifier: PHI006 on line 1", consent.Reason);
        Assert.Null(Assert.Single(result.Diagnostics, d => d.Code == "PHI006").Reason);
    }

    [Fact]
    public void A_story_page_needing_consent_gives_the_profiles_evidence_as_its_reason()
    {
        Assert.True(GlobPattern.TryParse("content/testimonials/**", out var stories, out var error), error);
        var config = ContentLintConfig.Default(Path.GetTempPath()) with { Consent = new ConsentOptions([stories]) };

        var result = Scan("content/testimonials/visit.md", "Plain words here.\n", config);

        Assert.Equal(PageKind.Story, result.Profile!.Kind);
        var consent = Assert.Single(result.Diagnostics, d => d.Code == "CON001");
        Assert.Equal(Confidence.High, consent.Confidence);
        Assert.Equal($"patient-story page: {result.Profile.Evidence}", consent.Reason);
    }

    [Fact]
    public void A_low_confidence_identifier_alone_asks_for_no_consent()
    {
        var result = Scan("notes.md", "Plain words here.\n", new PlantedDetector("PHI006", Confidence.Low, null));

        Assert.DoesNotContain(result.Diagnostics, d => d.Code.StartsWith("CON", StringComparison.Ordinal));
        Assert.Empty(result.ConsentScope);
    }

    private static FileScanResult Scan(string path, string text, PlantedDetector detector) =>
        new Scanner(new ScanOptions(ContentLintConfig.Default(Path.GetTempPath()), RuleCatalog.Default), [detector]).Scan(new SourceFile(path, text));

    private static FileScanResult Scan(string path, string text, ContentLintConfig config) =>
        new Scanner(new ScanOptions(config, RuleCatalog.Default), []).Scan(new SourceFile(path, text));

    /// <summary>Reports the first five characters of the first segment under <paramref name="ruleId"/>.</summary>
    private sealed class PlantedDetector(string ruleId, Confidence confidence, string? reason) : IDetector
    {
        public IReadOnlyCollection<string> RuleIds => [ruleId];

        public void Detect(ContentDocument document, ICollection<Candidate> candidates) =>
            candidates.Add(new Candidate(ruleId, document.Segments[0], 0, 5, confidence) { Reason = reason });
    }
}
