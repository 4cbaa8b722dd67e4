using System.Text;
using Bogus;
using ContentLint.Bench.SiteGen;
using ContentLint.Core.Model;

namespace ContentLint.Bench;

/// <summary>One megabyte (UTF-16 characters) of generated site content, so that time per operation is time per MB.</summary>
internal static class BenchInputs
{
    public const int Size = 1 << 20;

    /// <summary>A blog archive: the generator's Markdown pages, one after another.</summary>
    public static SourceFile Markdown() => new("archive.md", LargeFiles.Markdown(Faker(), Size)[..Size]);

    /// <summary>Static HTML pages, each a full document, concatenated into one page's worth of markup.</summary>
    public static SourceFile Html()
    {
        var faker = Faker();
        var text = new StringBuilder();
        while (text.Length < Size)
        {
            var page = new HtmlWriter("Article", "An article.");
            PageGenerator.Body(faker, page, "Article", faker.Random.Int(0, 9) == 0 ? Patient.Create(faker) : null);
            text.Append(page.Finish());
        }

        return new SourceFile("archive.html", text.ToString());
    }

    private static Faker Faker() => new("en") { Random = new Randomizer(20260) };
}
