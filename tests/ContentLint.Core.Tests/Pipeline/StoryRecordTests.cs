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
    [InlineData("Wren and Tobin Calloway", true)]
    [InlineData("happy patient", false)]
    [InlineData("Verified Customer", false)]
    public void A_person_keys_value_is_a_name_in_lower_case_or_for_a_couple_but_not_a_phrase(string value, bool isName)
    {
        var text = "[{\"review\": \"Great care.\", \"name\": \"" + value + "\"}]";

        var names = Scan("src/data/reviews.json", text).Where(d => d.Code == "PHI001").ToList();

        Assert.Equal(isName ? [text.IndexOf(value, StringComparison.Ordinal) + 1] : [], names.Select(d => d.Range!.Value.StartColumn));
    }

    [Fact]
    public void A_record_inside_a_story_record_is_part_of_that_story_and_shares_its_consent()
    {
        const string text = "- quote: \"Great care.\"\n  author:\n    name: Quillon Abernathy\n    city: Port Ellis\n" +
            "  consent:\n    status: granted\n    form_id: F-1\n    signed: 2024-01-02\n    scope: [name, location]\n    approved_by: Olive Reyes\n";

        var diagnostics = Scan("_data/testimonials.yml", text);

        Assert.DoesNotContain(diagnostics, d => d.Code.StartsWith("CON", StringComparison.Ordinal));
        Assert.Equal([Severity.Note, Severity.Note], diagnostics.Where(d => d.Code is "PHI001" or "PHI002").Select(d => d.Severity));
    }

    [Theory]
    [InlineData("src/data/site.json", "{\"title\": \"Kind words\", \"testimonials\": [{\"name\": \"Odalys Penhallow\", \"quote\": \"Lovely.\"}]}", 1)]
    [InlineData("src/data/seo.json", "{\"@type\": \"Dentist\", \"name\": \"Bayside Dental\", \"aggregateRating\": {\"ratingValue\": \"4.9\", \"reviewCount\": \"120\"}}", 0)]
    [InlineData("src/data/reviews.json", "[{\"name\": \"Odalys Penhallow\", \"stars\": 5, \"text\": \"Lovely.\"}]", 1)]
    public void A_wrapper_or_a_business_listing_is_no_story_but_its_reviews_are(string path, string text, int records)
    {
        var diagnostics = Scan(path, text);

        Assert.Equal(records, diagnostics.Count(d => d.Code == "CON001"));
        Assert.DoesNotContain(diagnostics, d => d.Code == "CON001" && d.Range!.Value.StartColumn == 1);
    }

    [Theory]
    [InlineData("from", "Google Reviews")]
    [InlineData("area", "Orthodontics")]
    [InlineData("city", "the one by the lake, where the old mill used to stand")]
    public void A_place_keys_value_counts_only_when_written_as_a_place(string key, string value)
    {
        var diagnostics = Scan("src/data/reviews.json", "[{\"name\": \"Odalys Penhallow\", \"review\": \"Lovely.\", \"" + key + "\": \"" + value + "\"}]");

        Assert.DoesNotContain(diagnostics, d => d.Code == "PHI002");
    }

    [Fact]
    public void A_yaml_comment_directive_suppresses_the_next_record_finding()
    {
        const string text = "# contentlint-disable-next-line CON001, PHI001 -- a sample testimonial shipped with the theme\n- name: Quillon Abernathy\n  quote: Great care.\n";

        var diagnostics = Scan("_data/testimonials.yml", text);

        Assert.DoesNotContain(diagnostics, d => d.Code is "CON001" or "PHI001");
    }

    [Fact]
    public void A_records_consent_finding_keeps_its_fingerprint_when_a_record_is_added_above_it()
    {
        const string first = "- name: Quillon Abernathy\n  quote: Great care.\n";
        const string added = "- name: Maren Tove\n  quote: Gentle.\n";

        var before = Scan("_data/testimonials.yml", first, fingerprints: true).Single(d => d.Code == "CON001");
        var after = Scan("_data/testimonials.yml", added + first, fingerprints: true).Where(d => d.Code == "CON001").ToList();

        Assert.Equal(2, after.Count);
        Assert.Equal(before.Fingerprint, after[1].Fingerprint);
        Assert.NotEqual(before.Fingerprint, after[0].Fingerprint);
    }

    [Fact]
    public void Json_that_yaml_refuses_is_still_read_record_by_record()
    {
        const string text = "[{\"name\": \"Odalys Penhallow\", \"name\": \"Odalys P.\", \"review\": \"Lovely.\"}, {\"name\": \"Quillon Abernathy\", \"review\": \"Kind.\"}]";

        var diagnostics = Scan("src/data/reviews.json", text);

        Assert.Contains(diagnostics, d => d.Code == "CL1002");
        Assert.Equal(2, diagnostics.Count(d => d.Code == "CON001"));
        Assert.Contains(diagnostics, d => d.Code == "PHI001" && d.Range!.Value.StartColumn == text.IndexOf("Quillon", StringComparison.Ordinal) + 1);
    }

    [Fact]
    public void Lenient_yaml_keeps_a_records_own_list_and_its_consent_values_out_of_findings()
    {
        // The second record is indented unevenly, as Ruby's YAML reader accepts and YamlDotNet does not.
        const string text = "reviews:\n  - name: Maren Tove\n    review: Gentle.\n    treatments:\n    - cleaning\n    - whitening\n    city: Port Ellis\n" +
            "    consent:\n      status: granted\n      approved_by: Olive Reyes\n\n    - name: Quillon Abernathy\n      review: Kind.\n";

        var diagnostics = Scan("_data/reviews.yml", text);

        Assert.Equal([2, 12], diagnostics.Where(d => d.Code == "PHI001").Select(d => d.Range!.Value.StartLine));
        Assert.Contains(diagnostics, d => d.Code == "PHI002" && d.Range!.Value.StartLine == 7);
        Assert.Equal([2, 12], diagnostics.Where(d => d.Code == "CON001").Select(d => d.Range!.Value.StartLine));
    }

    private static (int, int, int, int) Columns(Diagnostic diagnostic)
    {
        var range = diagnostic.Range!.Value;
        return (range.StartLine, range.StartColumn, range.EndLine, range.EndColumn);
    }

    private static IReadOnlyList<Diagnostic> Scan(string path, string text, bool fingerprints = false)
    {
        var config = ConfigLoader.Parse("privacy_reviewers: [Olive Reyes]\n", "site.yml", Path.GetTempPath(), RuleCatalog.Default.Ids) with { SourcePath = null };
        var options = new ScanOptions(config, RuleCatalog.Default) { Today = new DateOnly(2026, 6, 1), FingerprintKey = fingerprints ? new byte[32] : null };
        var scanner = new Scanner(options, Detectors);
        return scanner.Scan(new SourceFile(path, text)).Diagnostics;
    }
}
