using System.Globalization;
using Bogus;

namespace ContentLint.Bench.SiteGen;

/// <summary>
/// One page of a practice site: mostly health-tip posts, some patient stories (with consent or without), some
/// static HTML pages. About one page in five discloses a patient's identifiers.
/// </summary>
internal static class PageGenerator
{
    public static (string Path, string Text) Create(Faker f, int index)
    {
        var roll = f.Random.Int(0, 99);
        var title = Title(f);
        var slug = $"{Slug(title)}-{index.ToString(CultureInfo.InvariantCulture)}";
        if (roll < 25)
        {
            var html = new HtmlWriter(title, $"{title}: advice from {Practice.Name}.");
            Body(f, html, title, f.Random.Int(0, 9) == 0 ? Patient.Create(f) : null);
            return ($"site/{(roll < 5 ? "services" : "articles")}/{slug}.html", html.Finish());
        }

        var date = f.Date.Between(new DateTime(2019, 1, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc));
        if (roll < 40)
        {
            var patient = Patient.Create(f);
            var md = new MarkdownWriter(FrontMatter(f, title, date, story: true, patient));
            Body(f, md, title, patient);
            return ($"content/stories/{slug}.md", md.Finish());
        }

        var post = new MarkdownWriter(FrontMatter(f, title, date, story: false, null));
        Body(f, post, title, f.Random.Int(0, 9) == 0 ? Patient.Create(f) : null);
        return ($"content/blog/{date.Year.ToString(CultureInfo.InvariantCulture)}/{slug}.md", post.Finish());
    }

    /// <summary>Sections of tips; a patient, when given, appears in a few story sentences, a caption and a quote.</summary>
    public static void Body(Faker f, IBlockWriter w, string title, Patient? patient)
    {
        w.Heading(1, title);
        w.Paragraph(Sentences(f, f.Random.Int(2, 4)));
        if (patient is not null)
        {
            w.Image($"/images/stories/{patient.First.ToLowerInvariant()}-{patient.Last.ToLowerInvariant()}.jpg", $"{patient.FullName} back at {Prose.Activity(f)}");
            w.Paragraph(string.Join(' ', Enumerable.Range(0, f.Random.Int(2, 4)).Select(_ => Prose.Story(f, patient))));
        }

        for (var section = f.Random.Int(2, 4); section > 0; section--)
        {
            w.Heading(2, string.Format(CultureInfo.InvariantCulture, f.PickRandom("Why {0} lingers", "Living with {0}", "When {0} needs a specialist", "What to expect from treatment for {0}", "Common questions about {0}"), Prose.Condition(f)));
            for (var p = f.Random.Int(1, 3); p > 0; p--)
            {
                w.Paragraph(Sentences(f, f.Random.Int(2, 5)));
            }

            var kind = f.Random.Int(0, 5);
            if (kind == 0)
            {
                w.List([.. Enumerable.Range(0, f.Random.Int(3, 6)).Select(_ => $"{Capitalize(Prose.Exercise(f))}: {f.Random.Int(2, 3)} sets of {f.Random.Int(8, 15)}")]);
            }
            else if (kind == 1)
            {
                w.Image($"/images/exercises/{Slug(Prose.Exercise(f))}.png", $"Physical therapist demonstrating {Prose.Exercise(f)}");
            }
            else if (kind == 2)
            {
                w.Paragraph($"Read more in {w.Link($"/blog/{Slug(Prose.Condition(f))}/", "our guide to " + Prose.Condition(f))} or {w.Link($"https://{Practice.Domain}/contact.html", "book an evaluation")}.");
            }
            else if (kind == 3 && patient is not null)
            {
                w.Quote($"\"{Prose.Story(f, patient)}\" — {patient.First} {patient.Last[0]}.");
            }
        }
    }

    private static string FrontMatter(Faker f, string title, DateTime date, bool story, Patient? patient)
    {
        var text = $"---\ntitle: \"{title}\"\ndate: {date:yyyy-MM-dd}\nauthor: \"{f.PickRandom(Practice.Staff)}\"\ntags: [{Slug(Prose.Condition(f))}, {Prose.Activity(f)}]\n";
        if (story)
        {
            text += "layout: testimonial\n";
            if (patient is not null && f.Random.Bool(0.6f))
            {
                text += $"consent:\n  status: granted\n  form_id: \"LPT-AUTH-{f.Random.Int(1000, 9999)}\"\n  signed: {date:yyyy-MM-dd}\n  scope: [name, photo, condition, testimonial]\n  approved_by: \"Priya Raman\"\n";
            }
        }

        return text + "---\n\n";
    }

    private static string Sentences(Faker f, int count) => string.Join(' ', Enumerable.Range(0, count).Select(_ => Prose.Tip(f)));

    private static string Title(Faker f) => f.PickRandom(
        $"Getting back to {Prose.Activity(f)} after {Prose.Condition(f)}",
        $"Five exercises for {Prose.Condition(f)}",
        $"What we wish everyone knew about {Prose.Condition(f)}",
        $"Clinic news: {f.Date.Month()} update",
        $"{Capitalize(Prose.Exercise(f))} done right");

    private static string Slug(string text) => string.Concat(text.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-')).Trim('-');

    private static string Capitalize(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
