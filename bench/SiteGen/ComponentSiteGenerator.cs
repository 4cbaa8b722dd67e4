using System.Text;
using Bogus;

namespace ContentLint.Bench.SiteGen;

/// <summary>
/// A Next.js-style practice site of N components (bench/README.md): TSX components with JSX text and props, one in
/// ten a testimonials data module of five records, plus the tool configuration every such site has.
/// </summary>
internal static class ComponentSiteGenerator
{
    public static IEnumerable<(string Path, string Text)> Create(Faker f, int components)
    {
        yield return ("package.json", "{\n  \"name\": \"practice-site\",\n  \"private\": true,\n  \"scripts\": { \"build\": \"next build\" }\n}\n");
        yield return ("next.config.js", "module.exports = { reactStrictMode: true };\n");
        for (var i = 0; i < components; i++)
        {
            yield return i % 10 == 0
                ? ($"src/data/testimonials{i}.ts", Testimonials(f))
                : ($"src/components/Section{i}.tsx", Component(f, i));
        }
    }

    private static string Testimonials(Faker f)
    {
        var text = new StringBuilder("import type { Testimonial } from \"../types\";\n\nexport const testimonials: Testimonial[] = [\n");
        for (var r = 0; r < 5; r++)
        {
            var patient = Patient.Create(f);
            text.Append("  {\n")
                .Append("    name: \"").Append(patient.FullName).Append("\",\n")
                .Append("    location: \"").Append(patient.Town).Append(", ").Append(patient.State).Append("\",\n")
                .Append("    quote: `").Append(Prose.Story(f, patient).Replace("`", "'", StringComparison.Ordinal)).Append("`,\n")
                .Append("    rating: 5,\n  },\n");
        }

        return text.Append("];\n").ToString();
    }

    private static string Component(Faker f, int i)
    {
        var text = new StringBuilder();
        text.Append("import Image from \"next/image\";\nimport styles from \"./Section.module.css\";\n\n")
            .Append("export default function Section").Append(i).Append("() {\n  return (\n")
            .Append("    <section className={styles.section} id=\"section-").Append(i).Append("\">\n")
            .Append("      <h2>").Append(f.PickRandom(Headings)).Append("</h2>\n");
        for (var p = 0; p < 3; p++)
        {
            text.Append("      <p>\n        ").Append(Prose.Tip(f)).Append("\n      </p>\n");
        }

        text.Append("      <Image src=\"/images/room-").Append(i).Append(".jpg\" alt=\"").Append(Prose.Activity(f)).Append("\" width={640} height={480} />\n")
            .Append("      <Button variant=\"primary\" href=\"/contact\" label=\"Book an appointment\" />\n")
            .Append("    </section>\n  );\n}\n");
        return text.ToString();
    }

    private static readonly string[] Headings =
        ["Why physical therapy", "Our approach", "What to expect", "Insurance", "Getting started", "Home exercises", "Sports injuries"];
}
