using ContentLint.Core.Model;

namespace ContentLint.Core.Tests.Detection.Geography;

public sealed class GeographyDetectorTests
{
    [Theory]
    [InlineData("He moved into {|4120 River Rd, Ste 12, Cedar Hollow, IL 62990|} last year.")]
    [InlineData("Mail for her goes to {|PO Box 77, Granite Ridge, CO 80999-1234|}.")]
    [InlineData("She lives at {|1200 W 5th Avenue|} with her daughter.")]
    [InlineData("His farm is at {|1187 County Road 9|}.")]
    [InlineData("His new place: {|22B Baker Street, Apt #4|}.")]
    [InlineData("She spent her childhood in {|Granite Ridge, CO|} before moving.")]
    [InlineData("She has lived in {|Willow Bend|} her whole life.")]
    [InlineData("Hank taught shop class in {|Miner's Gulch|} for years, so when arthritis put him on the list he called us.")]
    [InlineData("Marcus has pitched in the {|Pine Creek|} men's league for years. Last season his arm gave out.")]
    [InlineData("Jayden Brooks, a linebacker from {|Pine Creek|}, missed four weeks. Owen guided his return.")]
    public void Addresses_and_places_tied_to_a_person_are_found(string marked) =>
        Assert.Equal(Expected(marked), Found(marked, PageKind.Story));

    [Theory]
    [InlineData("Our office is at 4120 River Road, Suite 200, Cedar Hollow, IL 62990.")]
    [InlineData("The walk starts at 9 am at Riverfront Park, 400 Canal Street. Registration is $25.")]
    [InlineData("The pantry accepts donations at the Grange Hall, 37 Mill Street, on Tuesdays.")]
    [InlineData("The pantry serves 180 families a month in Cedar Hollow and Willow Bend.")]
    [InlineData("Physical therapy and dry needling in Granite Ridge since 2012.")]
    [InlineData("In the United States, the disease still carries his name.")]
    [InlineData("He built a center at Warm Springs, Georgia, in the 1920s after polio left him unable to walk.")]
    [InlineData("She read 5 Easy Park Walks and loved it.")]
    [InlineData("Thanks to Eastbrook Middle School and the Harlan Mills Rotary Club.")]
    [InlineData("The zip 62701 alone and 555-201-3300 are no addresses.")]
    [InlineData("Shared with permission from Dr. Lopez and from Ruth A. in March.")]
    public void Public_places_service_areas_and_the_practice_are_not_found(string text) =>
        Assert.Empty(Found(text));

    [Fact]
    public void Signature_line_under_a_testimonial_reports_the_place()
    {
        const string marked = "I'd do it again.\n\n— Sarah Kim, {|Maple Grove|}";
        Assert.Equal(Expected(marked), Found(marked));
    }

    [Theory]
    [InlineData("I'd do it again.\n\n— Joost van Derwent, {|Quarry Mills|}")]
    [InlineData("I'd do it again.\n\n— Lucinda de la Orvay, {|Quarry Mills|}")]
    public void A_signature_with_name_particles_reports_the_place(string marked) =>
        Assert.Equal(Expected(marked), Found(marked));

    [Theory]
    [InlineData("She grew up in {|Quarrydale Park|} and still walks to every appointment.")]
    [InlineData("He takes the bus from {|Quarrydale Park|} to every appointment, and he has never missed one.")]
    public void A_neighbourhood_park_after_a_residence_or_origin_cue_is_found(string marked) =>
        Assert.Equal(Expected(marked), Found(marked, PageKind.Story));

    [Fact]
    public void A_park_after_a_plain_in_stays_a_venue() =>
        Assert.Empty(Found("She walks her dog in Quarrydale Park every morning."));

    [Fact]
    public void Address_with_a_person_is_high_confidence_and_without_one_medium()
    {
        var withPerson = Assert.Single(DetectorHarness.Run("She lives at 12 Elm Street.", page: PageKind.Story), c => c.RuleId == "PHI002");
        var bare = Assert.Single(DetectorHarness.Run("12 Elm Street, Springfield, IL 62704", page: PageKind.Story), c => c.RuleId == "PHI002");
        Assert.Equal(Confidence.High, withPerson.Confidence);
        Assert.Equal(Confidence.Medium, bare.Confidence);
    }

    [Theory]
    [InlineData("She grew up in Maple Grove, trained in Boston and lives at 12 Elm Street with her husband.")]
    [InlineData("Dr. Kim moved to Aspen Flats, CO 80997 with her two sons.")]
    public void Staff_pages_have_no_patient_places(string text) =>
        Assert.DoesNotContain(DetectorHarness.Run(text, page: PageKind.Staff), c => c.RuleId == "PHI002");

    [Theory]
    [InlineData(PageKind.Contact, "120 Main Street, Springfield, IL 62701")]
    [InlineData(PageKind.Chrome, "<footer>120 Main Street, Springfield, IL 62701</footer>")]
    [InlineData(PageKind.Policy, "Send written requests to 120 Main Street, Springfield, IL 62701.")]
    [InlineData(PageKind.Other, "120 Main Street, Springfield, IL 62701 | Mon-Fri 8-5")]
    [InlineData(PageKind.Article, "Bring this coupon to 120 Main Street, Springfield, IL 62701.")]
    public void Addresses_without_a_person_on_practice_pages_are_the_practices(PageKind page, string text) =>
        Assert.DoesNotContain(DetectorHarness.Run(text, page: page), c => c.RuleId == "PHI002");

    [Theory]
    [InlineData("She withdrew from the Tallow Bay Open in 2021 after her shoulder surgery.")]
    [InlineData("He ran in the Quillon Reach Marathon twice before his knee gave out.")]
    public void Events_named_like_places_are_not_places(string text) =>
        Assert.DoesNotContain(DetectorHarness.Run(text, page: PageKind.Story), c => c.RuleId == "PHI002");

    [Theory]
    [InlineData(PageKind.Other, "She grew up in Quillon Reach and loves helping nervous patients relax.")]
    [InlineData(PageKind.Article, "He moved to Quillon Reach in 2015 and now writes about posture.")]
    [InlineData(PageKind.Other, "She lives at 14 Varrow Lane and sees clients on Tuesdays.")]
    [InlineData(PageKind.Chrome, "I was raised in Quillon Reach, so opening my practice here felt like coming home.")]
    [InlineData(PageKind.Policy, "Our records are kept in Tallowmere, which holds them for her and every other patient.")]
    public void Off_patient_stories_a_place_without_a_patient_cue_is_not_found(PageKind page, string text) =>
        Assert.DoesNotContain(DetectorHarness.Run(text, page: page), c => c.RuleId == "PHI002");

    [Theory]
    [InlineData(PageKind.Article, "Take Orsolya: at 88 she came to us after a fall at home in {|Quillon Reach|}.")]
    [InlineData(PageKind.Other, "A patient of ours who lives in {|Quillon Reach|} drove an hour each way.")]
    [InlineData(PageKind.News, "His daughter moved to {|Quillon Reach|} to be near him.")]
    [InlineData(PageKind.Other, "Best visit ever!\n\n— Tamsin V., {|Quillon Reach|}")]
    [InlineData(PageKind.Other, "*Shared with permission from Tamsin V. of {|Quillon Reach|}.*")]
    public void Off_patient_stories_a_place_with_a_patient_cue_or_a_signature_is_found(PageKind page, string marked)
    {
        var (text, expected) = SpanMarkers.Parse(marked, "PHI002");
        var found = DetectorHarness.Run(text, page: page).Where(c => c.RuleId == "PHI002");
        Assert.Equal(expected, found.Select(c => new ExpectedSpan(c.RuleId, c.Start, c.Length)));
    }

    [Theory]
    [InlineData(PageKind.Contact, "Name: Jane Roe | her address: {|45 Elm St., Apt 3B, Springfield, IL 62704|}")]
    [InlineData(PageKind.Other, "She still lives at {|1187 County Road 9, North Fork, IL 62993|} with her son.")]
    [InlineData(PageKind.Story, "Dr. Kim, who grew up in {|Maple Grove|}, ran a booth at the fair.")]
    public void Places_tied_to_a_person_are_found(PageKind page, string marked)
    {
        var (text, expected) = SpanMarkers.Parse(marked, "PHI002");
        var found = DetectorHarness.Run(text, page: page).Where(c => c.RuleId == "PHI002");
        Assert.Equal(expected, found.Select(c => new ExpectedSpan(c.RuleId, c.Start, c.Length)));
    }

    [Theory]
    [InlineData(PageKind.News)]
    [InlineData(PageKind.Other)]
    public void Places_in_an_events_sentence_off_stories_are_its_venue(PageKind page) =>
        Assert.DoesNotContain(DetectorHarness.Run("Dr. Kim, who grew up in Maple Grove, ran a booth at the fair.", page: page), c => c.RuleId == "PHI002");

    [Theory]
    [InlineData("Dr. Patel grew up in Maple Grove and still lives in Pine Creek.")]
    [InlineData("Ana Ruiz, DDS, moved to Aspen Flats after her residency.")]
    public void Clinicians_places_in_a_bio_sentence_off_stories_are_not_found(string text) =>
        Assert.DoesNotContain(DetectorHarness.Run(text, page: PageKind.Other), c => c.RuleId == "PHI002");

    [Fact]
    public void A_patients_place_after_a_sentence_about_a_clinician_is_found()
    {
        var (text, expected) = SpanMarkers.Parse("Dr. Patel trained in Boston. She grew up in {|Maple Grove|} and came to us with a broken tooth.", "PHI002");
        var found = DetectorHarness.Run(text, page: PageKind.Article).Where(c => c.RuleId == "PHI002");
        Assert.Equal(expected, found.Select(c => new ExpectedSpan(c.RuleId, c.Start, c.Length)));
    }

    [Theory]
    [InlineData("Best dentist ever! \u2014 Maria G., {|Springfield|}")]
    [InlineData("Thank you all.\n\nMaria G. | {|Shelbyville, OH|}")]
    [InlineData("Maria, of {|Shelbyville|}, came to us in pain.")]
    [InlineData("Maria G. from {|Shelbyville|}")]
    public void Testimonial_authors_places_are_found(string marked) =>
        Assert.Equal(Expected(marked), Found(marked));

    [Theory]
    [InlineData("Jane Smith grew up in Boise and joined our team in 2015.")]
    [InlineData("Jane Smith is our hygienist. She grew up in Boise and loves to hike.")]
    [InlineData("After finishing her residency in Chicago, she moved to Denver to open the practice.")]
    [InlineData("Marie is a native of Lyon and speaks French with patients.")]
    [InlineData("If you live in Springfield or Shelbyville, we are a short drive away.")]
    [InlineData("Whether you're moving to Springfield or just visiting, call us.")]
    public void Bio_sentences_without_a_title_and_the_readers_home_are_not_found(string text) =>
        Assert.Empty(Found(text));

    [Theory]
    [InlineData("Jane Smith, Hygienist")]
    [InlineData("Maria Lopez, Office Manager")]
    [InlineData("Maria Lopez, Patient Coordinator")]
    [InlineData("Ana Ruiz, Registered Dental Hygienist")]
    [InlineData("Jane Smith, Front Desk")]
    [InlineData("Smith Family Dentistry, Springfield")]
    [InlineData("Riverside Dental Group, Springfield, IL")]
    public void Staff_captions_and_business_names_are_no_signatures(string text) =>
        Assert.Empty(Found(text));

    [Fact]
    public void Bio_cues_do_not_hide_a_patients_place_on_a_story()
    {
        const string text = "Jane grew up in Boise and graduated from high school there.";
        var found = Assert.Single(DetectorHarness.Run(text, page: PageKind.Story), c => c.RuleId == "PHI002");
        Assert.Equal((16, 5), (found.Start, found.Length));
    }

    private static IReadOnlyList<ExpectedSpan> Expected(string marked) => SpanMarkers.Parse(marked, "PHI002").Spans;

    private static List<ExpectedSpan> Found(string marked, PageKind page = PageKind.Other)
    {
        var (text, _) = SpanMarkers.Parse(marked, "PHI002");
        return [.. DetectorHarness.Run(text, page: page).Where(c => c.RuleId == "PHI002").Select(c => new ExpectedSpan(c.RuleId, c.Start, c.Length)).OrderBy(s => s.Start)];
    }
}
