using ContentLint.Core.Model;
using ContentLint.Core.Parsing.Code;

namespace ContentLint.Core.Tests.Parsing.Code;

public sealed class ComponentTests
{
    private static (List<Segment> Segments, List<DataRecord> Records, string? Refusal) Read(string source, string dialect) =>
        Read(source, dialect switch { "vue" => ComponentDialect.Vue, "svelte" => ComponentDialect.Svelte, _ => ComponentDialect.Astro });

    private static (List<Segment> Segments, List<DataRecord> Records, string? Refusal) Read(string source, ComponentDialect dialect)
    {
        var segments = new List<Segment>();
        var records = new List<DataRecord>();
        var refusal = ComponentSegmentExtractor.Extract(source, dialect, segments, records);
        return (segments, records, refusal);
    }

    [Theory]
    [InlineData("vue", "<template>\n  <p>Thanks to «Maren Tove»!</p>\n</template>", RegionKind.HtmlText, "p")]
    [InlineData("vue", "<template><h2>{{ t }} «Maren Tove»</h2></template>", RegionKind.Heading, "h2")]
    [InlineData("vue", "<template><img :alt=\"'«Maren Tove»'\"></template>", RegionKind.ImageAlt, "alt")]
    [InlineData("vue", "<template><TestimonialCard name=\"«Maren Tove»\" /></template>", RegionKind.DataValue, "name")]
    [InlineData("vue", "<template><testimonial-card :quote=\"`«Maren Tove»`\" /></template>", RegionKind.DataValue, "quote")]
    [InlineData("vue", "<template><p>x</p></template>\n<script setup lang=\"ts\">\nconst who: string = \"«Maren Tove»\";\n</script>", RegionKind.DataValue, "who")]
    [InlineData("vue", "<script>\nexport default { data() { return { reviews: [{ name: '«Maren Tove»' }] }; } };\n</script>", RegionKind.DataValue, "reviews[0].name")]
    [InlineData("svelte", "<script>\n  export let name = \"«Maren Tove»\";\n</script>\n<h1>Hello {name}!</h1>", RegionKind.DataValue, "name")]
    [InlineData("svelte", "{#if ok}<p>{x} «Maren Tove» {y}</p>{/if}", RegionKind.HtmlText, "p")]
    [InlineData("svelte", "<img alt={\"«Maren Tove»\"} src=\"x.jpg\">", RegionKind.ImageAlt, "alt")]
    [InlineData("svelte", "<Testimonial quote=\"{q} «Maren Tove»\" />", RegionKind.DataValue, "quote")]
    [InlineData("svelte", "{@html \"<b>«Maren Tove»</b>\"}", RegionKind.DataValue, null)]
    [InlineData("astro", "---\nconst reviews = [{ name: \"«Maren Tove»\" }];\n---\n<p>x</p>", RegionKind.DataValue, "reviews[0].name")]
    [InlineData("astro", "---\nconst a = 1;\n---\n<ul>{list.map((r) => <li>«Maren Tove»</li>)}</ul>", RegionKind.HtmlText, "li")]
    [InlineData("astro", "---\n---\n<Testimonial name=\"«Maren Tove»\" quote={q} />", RegionKind.DataValue, "name")]
    [InlineData("astro", "<Layout title={\"«Maren Tove»\"}><p>x</p></Layout>", RegionKind.Title, "title")]
    [InlineData("astro", "<p>Story of «Maren Tove» {count}</p><script>const s = 'x';</script>", RegionKind.HtmlText, "p")]
    public void Component_values_map_to_their_source(string dialect, string marked, RegionKind kind, string? name)
    {
        var snippet = CodeSnippet.Plant(marked);
        var (segments, _, refusal) = Read(snippet.Source, dialect);

        Assert.Null(refusal);
        Assert.Equal(name, snippet.AssertPlanted(segments, kind, "Maren Tove").Name);
    }

    [Theory]
    [InlineData("vue", "<template><p>{{ x }}</p><a @click=\"go('maren')\" v-if=\"x == 'maren'\" :class=\"'maren'\">y</a></template>")]
    [InlineData("vue", "<template><p>x</p></template><style>.maren { color: red; }</style>")]
    [InlineData("svelte", "{#if name === 'maren'}<p>x</p>{:else}<p>y</p>{/if}<button on:click={() => go('maren')}>z</button>")]
    [InlineData("svelte", "<script>import X from './maren.svelte';</script><style>p { font: 'maren'; }</style><X class=\"maren\" />")]
    [InlineData("astro", "---\nimport M from '../maren.astro';\n---\n<M class=\"maren\" />")]
    public void Code_in_components_is_not_text(string dialect, string source)
    {
        var (segments, _, _) = Read(source, dialect);

        var shown = segments.Where(s => s.Kind != RegionKind.Style).ToList();
        Assert.DoesNotContain(shown, s => s.Text.Contains("maren", StringComparison.Ordinal));
        Assert.DoesNotContain(shown, s => s.Text.Contains("{{", StringComparison.Ordinal) || s.Text.Contains('}'));
    }

    [Fact]
    public void Component_tags_with_literal_props_are_records()
    {
        const string source = "<template>\n  <TestimonialCard name=\"Maren Tove\" :quote=\"q\" city='Austin' />\n  <TestimonialCard :name=\"n\" />\n</template>";
        var (_, records, _) = Read(source, ComponentDialect.Vue);

        var record = Assert.Single(records);
        var start = source.IndexOf("<TestimonialCard", StringComparison.Ordinal);
        Assert.Equal((start, source.IndexOf("/>", StringComparison.Ordinal) + 2), (record.Start, record.End));
        Assert.Equal("TestimonialCard", record.Path);
        Assert.Equal(["name", "quote", "city"], record.Keys);
    }

    [Fact]
    public void Script_records_of_a_component_are_in_source_order()
    {
        const string source = "---\nconst r = [{ name: \"Maren Tove\" }];\n---\n<Testimonial name=\"Quillon Abernathy\" />";
        var (_, records, _) = Read(source, ComponentDialect.Astro);

        Assert.Equal(["r[0]", "Testimonial"], records.Select(r => r.Path));
        Assert.Equal(source.IndexOf('{', StringComparison.Ordinal), records[0].Start);
    }

    [Fact]
    public void Html_comment_directives_in_markup_are_comment_segments()
    {
        const string source = "<template><!-- contentlint-disable-next-line PHI001 -->\n<p>x</p></template>";
        var (segments, _, _) = Read(source, ComponentDialect.Vue);

        Assert.Single(segments, s => s.Kind == RegionKind.Comment && s.Text.Contains("contentlint-disable-next-line", StringComparison.Ordinal));
    }
}
