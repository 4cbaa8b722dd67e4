using ContentLint.Core.Detection;
using ContentLint.Core.Model;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Tests.Detection.Dates;

/// <summary>Dates and ages by kind of writing: news items about patients, story dates without a year, signatures and spoken ages.</summary>
public sealed class StoryAndNewsDateTests
{
    [Theory]
    [InlineData("Our Tuesday hydrotherapy group for children with cerebral palsy is full. A warm welcome to Odile Farr and Benedek Lusk, who both started on {|October 12|}.")]
    [InlineData("Congratulations to Perrin Alcott, who walked unaided out of our gym on {|June 21|}.")]
    [InlineData("Her surgery on {|the 14th of May|} went smoothly, says her father.")]
    public void On_a_news_page_a_day_of_a_patient_who_is_no_staff_is_found(string marked) =>
        AssertFound(PageKind.News, marked);

    [Theory]
    [InlineData("Our new physiotherapist, Jonah Tell, starts on June 3 and will run the knee rehab class.")]
    [InlineData("Welcome Halden Broe, our new front desk coordinator, who joined the team on March 2.")]
    [InlineData("Sponsor Ilse Marr donated a therapy bike to the clinic on April 2.")]
    [InlineData("Meet Greta Lund, who will lead our walking group on June 3 at 9 am.")]
    [InlineData("Congratulations to Siv Halloran, who marks ten years with the practice on June 1.")]
    [InlineData("Flu shots are available from October 1 for all patients.")]
    public void On_a_news_page_staff_sponsors_and_events_keep_their_days(string text) =>
        AssertFound(PageKind.News, text);

    [Theory]
    [InlineData("On {|3/14|} she had her first session.")]
    [InlineData("He came back on {|11/2|} for the final fitting.")]
    [InlineData("Since {|6/20|} my back has not hurt once.")]
    [InlineData("She rated her pain 3/10 at first and 9/10 by the end.")]
    [InlineData("The exercises take 1/2 an hour, three times a week.")]
    [InlineData("On 3/4 of her days she felt no pain at all.")]
    [InlineData("I would give them 5/5 stars, and the helpline is 24/7.")]
    [InlineData("The score went from 12/25 to 23/25 in six weeks.")]
    [InlineData("She was on 1/2 a tablet at night until the pain settled.")]
    public void On_a_patient_story_a_short_numeric_day_after_on_or_since_is_found_but_no_score_or_fraction(string marked) =>
        AssertFound(PageKind.Story, marked);

    [Theory]
    [InlineData(PageKind.Story, "The week after her surgery she was back on her bike.")]
    [InlineData(PageKind.Story, "Two days after the extraction he was eating normally.")]
    [InlineData(PageKind.Other, "Three months after her first visit she needed no more sessions.")]
    public void A_time_relative_to_care_is_no_date(PageKind page, string text) =>
        AssertFound(page, text);

    [Theory]
    [InlineData("In {|August 2024|} she finally felt ready to come in.")]
    [InlineData("By {|March 2023|} he was jogging again.")]
    [InlineData("Since {|January 2022|} she has come every fortnight.")]
    [InlineData("In August 2024 we opened our second clinic.")]
    [InlineData("Our clinic has served the valley since May 1998, and she loves it.")]
    [InlineData("By Greta Lund, March 2024")]
    public void On_a_patient_story_a_month_and_year_opening_a_sentence_about_a_person_is_found(string marked) =>
        AssertFound(PageKind.Story, marked);

    [Theory]
    [InlineData("\u2014 Wilhelmina T., {|March 2024|}")]
    [InlineData("- Bartek O., {|June 2023|}")]
    [InlineData("Best care in the county! \u2014 Rosalind K., {|October 2022|}")]
    [InlineData("Thank you, Dr. Hale! \u2014 Jonas Pelt, {|May 2024|}")]
    [InlineData("\u2014 Dr. Hale, May 2024")]
    [InlineData("Posted by admin, March 2024")]
    public void On_a_patient_story_a_testimonials_signature_date_is_found(string marked) =>
        AssertFound(PageKind.Story, marked);

    [Theory]
    [InlineData("She's {|94|} and still gardens every morning.")]
    [InlineData("At {|92|} he still walks to the clinic.")]
    [InlineData("Edna is {|96|} and a regular at our balance class.")]
    [InlineData("He is now {|91|} and golfs twice a week.")]
    [InlineData("I'm {|93|}, and my knees feel younger than that.")]
    [InlineData("My grandmother is {|95|}, and she still drives.")]
    [InlineData("She was {|91|} when she first came to us.")]
    [InlineData("His BP was 95/60 and her SpO2 was 92 on arrival.")]
    [InlineData("Our {|97-year-old|} patient rode the exercise bike for twenty minutes.")]
    [InlineData("She is 92 percent of the way to her goal.")]
    [InlineData("He was 95 kilograms when he started.")]
    [InlineData("Her score was 94 on the balance test.")]
    [InlineData("It was 95 outside, so we moved the class indoors.")]
    [InlineData("She lives at 92 Elm Street, and at 90 degrees he felt a twinge.")]
    [InlineData("Edmund is {|94 years old|}.")]
    public void Ages_over_89_said_as_a_bare_number_of_a_person_are_found(string marked) =>
        AssertFound(PageKind.Other, marked);

    [Theory]
    [InlineData("es", "Empezamos el tratamiento de rodilla el {|4 de junio|} y ahora camino sin bastón.")]
    [InlineData("de", "Meine Behandlung begann am {|7. Oktober|}, und seitdem schlafe ich durch.")]
    [InlineData("fr", "Ma première séance a eu lieu le {|2 février|}.")]
    [InlineData("es", "La clínica abre el 4 de junio.")]
    public void On_a_page_in_another_language_its_care_words_tie_a_day_to_a_patient(string language, string marked)
    {
        var (text, expected) = SpanMarkers.Parse(marked, "PHI003");
        var segment = new SegmentBuilder().AppendVerbatim(text, 0, text.Length).Build(RegionKind.Prose);
        var document = new ContentDocument(new SourceFile("x.md", text), null, [segment], [])
        {
            Profile = new PageProfile(PageKind.Other, "test", language),
        };
        var candidates = new List<Candidate>();
        foreach (var detector in DetectorRegistry.CreateAll(RuleCatalog.Default))
        {
            detector.Detect(document, candidates);
        }

        Assert.Equal(expected, candidates.Where(c => c.RuleId == "PHI003").Select(c => new ExpectedSpan(c.RuleId, c.Start, c.Length)));
    }

    private static void AssertFound(PageKind page, string marked)
    {
        var (text, expected) = SpanMarkers.Parse(marked, "PHI003");
        var found = DetectorHarness.Run(text, page: page).Where(c => c.RuleId == "PHI003")
            .Select(c => new ExpectedSpan(c.RuleId, c.Start, c.Length)).OrderBy(s => s.Start);
        Assert.Equal(expected, found);
    }
}
