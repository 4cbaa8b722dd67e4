using ContentLint.Core.Model;

namespace ContentLint.Core.Tests.Detection.Dates;

public sealed class DateDetectorTests
{
    [Theory]
    [InlineData("Her surgery was on {|03/14/2026|}.")]
    [InlineData("Her surgery was on {|3/14/26|}.")]
    [InlineData("Her surgery was on {|2026-03-14|}.")]
    [InlineData("Her surgery was on {|March 14, 2026|}.")]
    [InlineData("Her surgery was on {|14 March 2026|}.")]
    [InlineData("Her surgery was on {|Mar. 14th|}.")]
    [InlineData("Her surgery was on {|the 3rd of March|}.")]
    [InlineData("He was admitted in {|March 2026|} after the fall.")]
    [InlineData("On {|Saturday, August 9, 2025|} I woke up with a throbbing molar and an abscess.")]
    [InlineData("On {|Saturday, March 7|}, all three had cleanings and fluoride.")]
    [InlineData("He passed away on {|June 2|}, surrounded by family.")]
    public void Dates_of_a_persons_care_or_life_events_are_found_in_every_format(string marked) =>
        Assert.Equal(Expected(marked), Found(marked));

    [Theory]
    [InlineData("The next screening is on Saturday, October 4, 2025, from 9 to 11 am at the clinic.")]
    [InlineData("Our food drive wrapped up on October 25, and the numbers are in.")]
    [InlineData("*By Jamal Carter, RDH · February 11, 2025*")]
    [InlineData("We reopen on Friday, January 2, 2026 at 7:30 am.")]
    [InlineData("Pain was 6/10 at night and version 1.2.2026 shipped.")]
    [InlineData("She may 3 times a day forget, and in May 2026 we moved.")]
    [InlineData("He told a packed stadium in 1939 that he was lucky.")]
    public void Event_publication_and_year_only_dates_are_not_found(string text) =>
        Assert.Empty(Found(text));

    [Theory]
    [InlineData("Harold, who is {|94 years old|}, sleeps well now.")]
    [InlineData("A {|ninety-three-year-old|} is rare.")]
    [InlineData("She was {|aged 97|} at the time.")]
    [InlineData("She turned {|101|} in May.")]
    [InlineData("Ruth, {|91|}, and her new dentures")]
    [InlineData("Relearning to walk at {|90|}")]
    public void Ages_over_89_are_found_with_their_unit(string marked) =>
        Assert.Equal(Expected(marked), Found(marked));

    [Theory]
    [InlineData("Patients aged 90 and older, 93-year-olds and people over age 95.")]
    [InlineData("Open to anyone 60 or older; ages 3 to 6; around age 12.")]
    [InlineData("Bend the knee to 90 degrees and hold at 95 percent.")]
    public void Generic_ages_ranges_and_measurements_are_not_found(string text) =>
        Assert.Empty(Found(text));

    [Fact]
    public void Publication_keys_of_front_matter_are_not_dates_of_a_person()
    {
        Assert.DoesNotContain(DetectorHarness.Run("2026-03-14", RegionKind.FrontMatterValue, "date"), c => c.RuleId == "PHI003");
        var dob = Assert.Single(DetectorHarness.Run("1941-02-14", RegionKind.FrontMatterValue, "patient_dob"), c => c.RuleId == "PHI003");
        Assert.Equal(Confidence.High, dob.Confidence);
    }

    private static IReadOnlyList<ExpectedSpan> Expected(string marked) => SpanMarkers.Parse(marked, "PHI003").Spans;

    private static List<ExpectedSpan> Found(string marked)
    {
        var (text, _) = SpanMarkers.Parse(marked, "PHI003");
        return [.. DetectorHarness.Run(text).Where(c => c.RuleId == "PHI003").Select(c => new ExpectedSpan(c.RuleId, c.Start, c.Length)).OrderBy(s => s.Start)];
    }
}
