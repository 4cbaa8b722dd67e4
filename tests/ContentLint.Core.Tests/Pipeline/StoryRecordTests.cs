using ContentLint.Core.Config;
using ContentLint.Core.Detection;
using ContentLint.Core.Model;
using ContentLint.Core.Pipeline;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Tests.Pipeline;

/// <summary>
/// Story records of data files (docs/data-and-code.md): a testimonial record's person key holds the patient's name,
/// its place key the patient's town, and each record needs its own consent. Names here are invented.
/// </summary>
public sealed class StoryRecordTests
{
    private static readonly IReadOnlyList<IDetector> Detectors = DetectorRegistry.CreateAll(RuleCatalog.Default);

    private const string Testimonials =
        "- name: Quillon Abernathy\n" +
        "  location: Port Ellis, OR\n" +
        "  quote: \"The crown looks great.\"\n" +
        "- name: Maren Tove\n" +
        "  quote: Gentle with my son.\n" +
        "  consent:\n" +
        "    status: granted\n" +
        "    form_id: F-12\n" +
        "    signed: 2024-01-02\n" +
        "    scope: [name, location]\n" +
        "    approved_by: Olive Reyes\n";

    [Fact]
    public void The_person_and_place_keys_of_a_story_record_are_reported_where_they_stand()
    {
        var diagnostics = Scan("_data/testimonials.yml", Testimonials);

        var name = Assert.Single(diagnostics, d => d.Code == "PHI001" && d.Range!.Value.StartLine == 1);
        Assert.Equal((1, 9, 1, 26), Columns(name));
        var place = Assert.Single(diagnostics, d => d.Code == "PHI002");
        Assert.Equal((2, 13, 2, 27), Columns(place));
    }

    [Fact]
    public void Each_story_record_gets_its_own_consent_finding_and_a_valid_block_covers_its_record_only()
    {
        var diagnostics = Scan("_data/testimonials.yml", Testimonials);

        var missing = Assert.Single(diagnostics, d => d.Code == "CON001");
        Assert.Equal(1, missing.Range!.Value.StartLine);
        var covered = Assert.Single(diagnostics, d => d.Code == "PHI001" && d.Range!.Value.StartLine == 4);
        Assert.Equal(Severity.Note, covered.Severity);
        Assert.Equal(Severity.Error, Assert.Single(diagnostics, d => d.Code == "PHI001" && d.Range!.Value.StartLine == 1).Severity);
        Assert.DoesNotContain(diagnostics, d => d.Code == "PHI003"); // the consent block's own date
    }

    [Fact]
    public void A_team_record_beside_the_stories_is_no_story()
    {
        const string site = "team:\n  - name: Velma Quarrington\n    role: Dentist\n    bio: Twenty years of family dentistry.\n" +
            "reviews:\n  - author: Odalys Penhallow\n    text: Lovely team.\n";

        var diagnostics = Scan("src/data/site.json", site);

        Assert.Equal([6], diagnostics.Where(d => d.Code == "PHI001").Select(d => d.Range!.Value.StartLine));
        Assert.Equal([6], diagnostics.Where(d => d.Code == "CON001").Select(d => d.Range!.Value.StartLine));
    }

    [Fact]
    public void The_clinician_a_review_names_is_staff_and_not_reported()
    {
        const string reviews = "[{\"fullName\": \"Odalys Penhallow\", \"doctor\": \"Velma Quarrington\", \"review\": \"Velma Quarrington was patient with me.\"}]";

        var diagnostics = Scan("src/data/reviews.json", reviews);

        var name = Assert.Single(diagnostics, d => d.Code == "PHI001");
        Assert.Equal(16, name.Range!.Value.StartColumn);
    }

    [Fact]
    public void A_component_named_for_testimonials_without_story_records_needs_no_consent_of_its_own()
    {
        var diagnostics = Scan("src/data/testimonials.json", "{\"heading\": \"What our patients say\", \"cta\": \"Read more\"}");

        Assert.Empty(diagnostics);
    }

    [Theory]
    [InlineData("JD")]
    [InlineData("J.D.")]
    [InlineData("J. D.")]
    public void Initials_under_a_person_key_of_a_story_record_are_a_signature(string initials)
    {
        var text = "[{\"quote\": \"Great care.\", \"author\": \"" + initials + "\"}]";

        var name = Assert.Single(Scan("src/data/testimonials.json", text), d => d.Code == "PHI001");

        Assert.Equal(text.IndexOf(initials, StringComparison.Ordinal) + 1, name.Range!.Value.StartColumn);
        Assert.Equal(text.IndexOf(initials, StringComparison.Ordinal) + 1 + initials.Length, name.Range!.Value.EndColumn);
    }

    [Theory]
    [InlineData("maria gomez", true)]
    [InlineData("Amy and David Gray", true)]
    [InlineData("happy patient", false)]
    [InlineData("Verified Customer", false)]
    public void A_person_keys_value_is_a_name_in_lower_case_or_for_a_couple_but_not_a_phrase(string value, bool isName)
    {
        var text = "[{\"review\": \"Great care.\", \"name\": \"" + value + "\"}]";

        var names = Scan("src/data/reviews.json", text).Where(d => d.Code == "PHI001").ToList();

        Assert.Equal(isName ? [text.IndexOf(value, StringComparison.Ordinal) + 1] : [], names.Select(d => d.Range!.Value.StartColumn));
    }

    private static (int, int, int, int) Columns(Diagnostic diagnostic)
    {
        var range = diagnostic.Range!.Value;
        return (range.StartLine, range.StartColumn, range.EndLine, range.EndColumn);
    }

    private static IReadOnlyList<Diagnostic> Scan(string path, string text)
    {
        var config = ConfigLoader.Parse("privacy_reviewers: [Olive Reyes]\n", "site.yml", Path.GetTempPath(), RuleCatalog.Default.Ids) with { SourcePath = null };
        var scanner = new Scanner(new ScanOptions(config, RuleCatalog.Default) { Today = new DateOnly(2026, 6, 1) }, Detectors);
        return scanner.Scan(new SourceFile(path, text)).Diagnostics;
    }
}
