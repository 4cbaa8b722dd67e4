using ContentLint.Core.Detection;
using ContentLint.Core.Model;
using ContentLint.Core.Rules;

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

    [Theory]
    [InlineData(PageKind.Staff, "Dr. Kim was born on March 3, 1975 and finished her residency on June 2, 2010.")]
    [InlineData(PageKind.Policy, "This notice of privacy practices is effective March 1, 2024 and was revised on June 2, 2025.")]
    [InlineData(PageKind.Policy, "If a patient had surgery on June 2, the claim is due within 90 days.")]
    public void Staff_and_policy_pages_have_no_patient_dates(PageKind page, string text) =>
        Assert.DoesNotContain(DetectorHarness.Run(text, page: page), c => c.RuleId == "PHI003");

    [Theory]
    [InlineData(PageKind.Story, "His surgery was on {|June 2, 2010|}.")]
    [InlineData(PageKind.Other, "His surgery was on {|June 2, 2010|}.")]
    [InlineData(PageKind.News, "She had surgery on {|May 3|} at Memorial Hospital.")]
    [InlineData(PageKind.Other, "Between {|March 12|} and {|June 30, 2020|}, she was treated for a frozen shoulder.")]
    public void Dates_of_a_patients_care_keep_being_found_off_staff_and_policy_pages(PageKind page, string marked)
    {
        var (text, expected) = SpanMarkers.Parse(marked, "PHI003");
        var found = DetectorHarness.Run(text, page: page).Where(c => c.RuleId == "PHI003").ToList();
        Assert.Equal(expected, found.Select(c => new ExpectedSpan(c.RuleId, c.Start, c.Length)).OrderBy(s => s.Start));
        Assert.All(found, c => Assert.False(string.IsNullOrEmpty(c.Reason)));
    }

    [Theory]
    [InlineData("At 93, she came to us after two falls.", Confidence.High)]
    [InlineData("Relearning to walk at 90", Confidence.Medium)]
    public void An_age_is_high_confidence_only_with_a_person(string text, Confidence confidence) =>
        Assert.Equal(confidence, Assert.Single(DetectorHarness.Run(text), c => c.RuleId == "PHI003").Confidence);

    [Theory]
    [InlineData(PageKind.Other, "Dr. Patel was born on May 2, 1975 in Pune.")]
    [InlineData(PageKind.News, "Ana Ruiz, DDS, joined the team on March 3, 2024 after her residency.")]
    public void Clinicians_dates_in_a_bio_sentence_off_stories_are_not_found(PageKind page, string text) =>
        Assert.DoesNotContain(DetectorHarness.Run(text, page: page), c => c.RuleId == "PHI003");

    [Theory]
    [InlineData("On {|April 9, 2023|}, at two years old, Pim let go of the rail and took three steps.")]
    [InlineData("On {|October 2, 2023|}, Dr. Vell placed two implants under local anaesthetic.")]
    [InlineData("The splint came off on {|Tuesday, March 5|} and Pim went straight back to the pitch.")]
    public void On_a_patient_story_a_day_of_the_year_is_the_patients(string marked)
    {
        var (text, expected) = SpanMarkers.Parse(marked, "PHI003");
        var found = DetectorHarness.Run(text, page: PageKind.Story).Where(c => c.RuleId == "PHI003");
        Assert.Equal(expected, found.Select(c => new ExpectedSpan(c.RuleId, c.Start, c.Length)));
    }

    [Theory]
    [InlineData("Join us on April 9, 2023 for our open house.")]
    [InlineData("Posted April 9, 2023 by the front desk")]
    [InlineData("The group meets on April 9 at 6:30 pm.")]
    [InlineData("The story was shared in March 2023.")]
    public void On_a_patient_story_bylines_events_and_months_alone_are_not_the_patients(string text) =>
        Assert.DoesNotContain(DetectorHarness.Run(text, page: PageKind.Story), c => c.RuleId == "PHI003");

    [Theory]
    [InlineData("A patient who had surgery on April 9, 2019 may still feel a twinge in cold weather.")]
    [InlineData("If she was seen on May 2, 2021, her next check-up is due in May 2022.")]
    public void On_an_article_a_generic_persons_care_date_is_not_found(string text) =>
        Assert.DoesNotContain(DetectorHarness.Run(text, page: PageKind.Article), c => c.RuleId == "PHI003");

    [Theory]
    [InlineData("My surgery was on {|April 9, 2019|} and I was walking by June.")]
    [InlineData("When Tamsin Vell had surgery on {|April 9, 2019|}, she was back at work in a week.")]
    public void On_an_article_the_writers_or_a_named_persons_care_date_is_found(string marked)
    {
        var (text, expected) = SpanMarkers.Parse(marked, "PHI003");
        var found = DetectorHarness.Run(text, page: PageKind.Article).Where(c => c.RuleId == "PHI003");
        Assert.Equal(expected, found.Select(c => new ExpectedSpan(c.RuleId, c.Start, c.Length)));
    }

    [Theory]
    [InlineData("The new scanner arrived in August 2024 to speed up each procedure.", false)]
    [InlineData("She had the procedure in {|August 2024|} and was back at work in a week.", true)]
    public void A_month_and_year_needs_a_care_event_and_a_person(string marked, bool found)
    {
        var (text, expected) = SpanMarkers.Parse(marked, "PHI003");
        var actual = DetectorHarness.Run(text).Where(c => c.RuleId == "PHI003").Select(c => new ExpectedSpan(c.RuleId, c.Start, c.Length)).ToList();
        Assert.Equal(found, actual.Count > 0);
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("es", "«Empezamos el tratamiento el {|9 de abril de 2023|}. Ahora duermo bien.»")]
    [InlineData("de", "Am {|3. Mai 2023|} begann die Behandlung, und heute laufe ich wieder.")]
    [InlineData("fr", "Le {|1er mars 2023|}, j'ai commencé la rééducation.")]
    [InlineData("es", "Volvimos el {|12 de octubre|} para la revisión.")]
    [InlineData("en", "We started on 9 de abril de 2023.")]
    public void On_a_patient_story_in_another_language_its_month_names_are_read(string language, string marked)
    {
        var (text, expected) = SpanMarkers.Parse(marked, "PHI003");
        var segment = new SegmentBuilder().AppendVerbatim(text, 0, text.Length).Build(RegionKind.Prose);
        var document = new ContentDocument(new SourceFile("x.md", text), null, [segment], [])
        {
            Profile = new PageProfile(PageKind.Story, "test", language),
        };
        var candidates = new List<Candidate>();
        foreach (var detector in DetectorRegistry.CreateAll(RuleCatalog.Default))
        {
            detector.Detect(document, candidates);
        }

        Assert.Equal(expected, candidates.Where(c => c.RuleId == "PHI003").Select(c => new ExpectedSpan(c.RuleId, c.Start, c.Length)));
    }

    [Theory]
    [InlineData(PageKind.Other, "Dr. Patel repaired her fracture on {|May 2, 2024|}.")]
    [InlineData(PageKind.Story, "Dr. Patel says she was born on {|May 2, 1931|}.")]
    public void Care_dates_and_story_dates_in_sentences_about_a_clinician_are_found(PageKind page, string marked)
    {
        var (text, expected) = SpanMarkers.Parse(marked, "PHI003");
        var found = DetectorHarness.Run(text, page: page).Where(c => c.RuleId == "PHI003");
        Assert.Equal(expected, found.Select(c => new ExpectedSpan(c.RuleId, c.Start, c.Length)));
    }

    [Theory]
    [InlineData("Come see us on Saturday, May 3 at the Grange Hall for free screenings.")]
    [InlineData("Meet Dr. Kim on June 14, 2026 in Riverside Park.")]
    [InlineData("World Oral Health Day is March 20: book a cleaning this week.")]
    [InlineData("During National Children's Dental Health Month we offer a free check-up on February 7.")]
    [InlineData("Between March 12 and June 30, 2020, researchers treated 214 patients with the new protocol.")]
    [InlineData("A study published on May 4, 2021 followed 300 implant surgeries.")]
    public void Event_venues_awareness_days_and_study_periods_are_not_patient_dates(string text) =>
        Assert.DoesNotContain(DetectorHarness.Run(text, page: PageKind.News), c => c.RuleId == "PHI003");

    [Theory]
    [InlineData(PageKind.Story, "surgery_date", true)]
    [InlineData(PageKind.Story, "visit.date", true)]
    [InlineData(PageKind.Story, "date", false)]
    [InlineData(PageKind.Story, "event_date", false)]
    [InlineData(PageKind.Other, "surgery_date", false)]
    [InlineData(PageKind.News, "patient_dob", true)]
    public void Front_matter_dates_count_only_for_a_birth_or_a_storys_care_event(PageKind page, string key, bool found)
    {
        var dates = DetectorHarness.Run("2026-03-14", RegionKind.FrontMatterValue, key, page).Where(c => c.RuleId == "PHI003").ToList();
        Assert.Equal(found ? [new ExpectedSpan("PHI003", 0, 10)] : [], dates.Select(c => new ExpectedSpan(c.RuleId, c.Start, c.Length)));
    }

    [Fact]
    public void A_sentence_in_a_front_matter_value_is_read_as_a_sentence() =>
        Assert.Single(DetectorHarness.Run("Her surgery was on March 14, 2026.", RegionKind.FrontMatterValue, "description"), c => c.RuleId == "PHI003");
}
