using ContentLint.Core.Model;
using ContentLint.Core.Tests.Parsing;

namespace ContentLint.Core.Tests.Profile;

/// <summary>
/// A story told as "I" is a testimonial in the patient's words: a given name alone in it is someone they thank, not
/// themselves; a story about "her" is a case study, whose given names are the patient's (docs/page-profile.md).
/// </summary>
public sealed class PageVoiceTests
{
    private const string FirstPerson = "I was terrified of the drill, but Harriet was so patient with me and my nerves, and I finally booked my cleaning.\n";
    private const string ThirdPerson = "She was terrified of the drill. Later Harriet came back for her cleaning and her husband drove her home; she smiled.\n";

    [Theory]
    [InlineData("testimonials/a.md", FirstPerson, true)]
    [InlineData("testimonials/a.md", ThirdPerson, false)]
    [InlineData("blog/a.md", FirstPerson, false)]
    public void Only_a_story_in_the_first_person_is_one(string path, string body, bool firstPerson)
    {
        var profile = ProfileHarness.Of(path, body);

        Assert.Equal(firstPerson, profile.IsFirstPersonStory);
    }

    [Fact]
    public void A_given_name_alone_in_a_first_person_testimonial_is_not_reported()
    {
        var names = SnippetScan.Findings("testimonials/a.md", FirstPerson).Where(d => d.Code == "PHI001");

        Assert.Empty(names);
    }

    [Fact]
    public void A_given_name_alone_in_a_case_study_is_reported_low()
    {
        var name = Assert.Single(SnippetScan.Findings("testimonials/a.md", ThirdPerson), d => d.Code == "PHI001");

        Assert.Equal(Confidence.Low, name.Confidence);
        Assert.Equal(1, name.Range!.Value.StartLine);
        Assert.Equal(ThirdPerson.IndexOf("Harriet", StringComparison.Ordinal) + 1, name.Range.Value.StartColumn);
    }

    [Fact]
    public void Family_introduced_with_a_cue_stays_reported_in_a_first_person_testimonial()
    {
        const string body = "I brought my son, Harriet, to his first visit. I was nervous and my hands shook. Harriet loved it.\n";

        var names = SnippetScan.Findings("testimonials/a.md", body).Where(d => d.Code == "PHI001").ToList();

        Assert.Equal(2, names.Count);
    }
}
