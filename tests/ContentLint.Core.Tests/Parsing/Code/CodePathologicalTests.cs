using System.Text;
using ContentLint.Core.Model;
using ContentLint.Core.Parsing.Code;

namespace ContentLint.Core.Tests.Parsing.Code;

/// <summary>Broken and hostile code finishes, without exceptions, and still yields what it can.</summary>
public sealed class CodePathologicalTests
{
    public static TheoryData<string, string> Scripts => new()
    {
        { "unterminated string", "const a = \"Maren Tove" },
        { "unterminated string at line end", "const a = 'Maren Tove\nconst b = 2;" },
        { "unterminated template", "const a = `Maren Tove ${ x" },
        { "unterminated comment", "/* Maren Tove" },
        { "unterminated regex", "x = /Maren Tove" },
        { "unterminated jsx", "const a = <div><p title=\"Maren Tove" },
        { "unbalanced closers", "}}}))]]] const a = \"Maren Tove\"; ]})" },
        { "nested braces", new string('{', 100_000) + "\"Maren Tove\"" + new string('}', 100_000) },
        { "nested arrays", "x = " + new string('[', 100_000) + "\"Maren Tove\"" },
        { "nested parens", "f" + new string('(', 100_000) + "\"Maren Tove\"" + new string(')', 50_000) },
        { "nested templates", "x = " + Repeat("`${", 50_000) + "\"Maren Tove\"" },
        { "nested jsx", "x = " + Repeat("<div>", 100_000) + "Maren Tove" },
        { "nested jsx expressions", "x = <p>" + Repeat("{<b>", 50_000) + "Maren Tove" },
        { "open tags", "x = " + Repeat("<a b=", 100_000) + "\"Maren Tove\"" },
        { "stray angles", "x = " + Repeat("< ", 200_000) + "\"Maren Tove\"" },
        { "odd attribute names", "x = <a #b \\c ,d=\"Maren Tove\">" + Repeat("<b #x>", 1_000) },
        { "backslashes", "x = \"" + new string('\\', 100_001) + "\"Maren Tove\"" },
    };

    [Theory]
    [MemberData(nameof(Scripts))]
    public void Broken_scripts_finish_without_exceptions(string name, string source)
    {
        foreach (var dialect in new[] { ScriptDialect.JavaScript, ScriptDialect.TypeScript, ScriptDialect.TypeScriptJsx })
        {
            var (segments, records) = CodeSnippet.Read(source, dialect);

            Assert.True(segments.Count < source.Length + 1, name);
            Assert.All(segments, s => Assert.InRange(s.ToSource(0, s.Text.Length).End, 0, source.Length));
            Assert.All(records, r => Assert.InRange(r.End, r.Start, source.Length));
        }
    }

    [Fact]
    public void Unterminated_string_still_yields_its_text_up_to_the_line_break()
    {
        const string source = "const quote = 'Maren Tove\nconst b = \"Quillon\";";
        var (segments, _) = CodeSnippet.Read(source);

        Assert.Equal(["Maren Tove", "Quillon"], segments.Select(s => s.Text));
    }

    [Fact]
    public void A_five_megabyte_minified_line_is_read()
    {
        const string unit = "var a=function(b){return b/2>1?\"x\":[1,2,{k:\"v\",n:`t${b}`}]},c=/[/\"]+/g.test(d)&&e<f;";
        var source = Repeat(unit, 5_000_000 / unit.Length) + "var q={name:\"Maren Tove\"};";
        var (segments, records) = CodeSnippet.Read(source, ScriptDialect.JavaScript);

        var last = segments[^1];
        Assert.Equal(("Maren Tove", "q.name"), (last.Text, last.Name));
        Assert.Equal(source.IndexOf("Maren Tove", StringComparison.Ordinal), last.ToSource(0, 1).Start);
        Assert.Equal("q", records[^1].Path);
    }

    [Fact]
    public void Binary_junk_is_read_without_exceptions()
    {
        var random = new Random(21);
        var chars = new char[1_000_000];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)random.Next(0, 256);
        }

        var source = new string(chars);
        foreach (var dialect in new[] { ScriptDialect.JavaScript, ScriptDialect.TypeScriptJsx })
        {
            var (segments, _) = CodeSnippet.Read(source, dialect);
            Assert.All(segments, s => Assert.InRange(s.ToSource(0, s.Text.Length).End, 0, source.Length));
        }

        Assert.All(Enum.GetValues<ComponentDialect>(), dialect => ComponentSegmentExtractor.Extract(source, dialect, [], []));
        TemplateSegmentExtractor.Extract(source, []);
    }

    public static TheoryData<string, string> Markup => new()
    {
        { "nested divs", Repeat("<div>", 100_000) + "Maren Tove" },
        { "nested braces", Repeat("{", 100_000) + "Maren Tove" },
        { "nested mustaches", Repeat("{{", 100_000) + "Maren Tove" },
        { "unterminated script", "<script>const a = \"Maren Tove" },
        { "unterminated tag", "<Testimonial name=\"Maren Tove" },
        { "open tags", Repeat("<a b=", 100_000) },
        { "fence only", "---\nconst a = 'Maren Tove';" },
        { "template tags", Repeat("{% x %}<%= y", 100_000) },
    };

    [Theory]
    [MemberData(nameof(Markup))]
    public void Broken_components_and_templates_finish_without_exceptions(string name, string source)
    {
        foreach (var dialect in Enum.GetValues<ComponentDialect>())
        {
            var segments = new List<Segment>();
            var records = new List<DataRecord>();
            ComponentSegmentExtractor.Extract(source, dialect, segments, records);
            Assert.All(segments, s => Assert.InRange(s.ToSource(0, s.Text.Length).End, 0, source.Length));
        }

        var templateSegments = new List<Segment>();
        TemplateSegmentExtractor.Extract(source, templateSegments);
        Assert.All(templateSegments, s => Assert.InRange(s.ToSource(0, s.Text.Length).End, 0, source.Length));
        Assert.NotNull(name);
    }

    [Fact]
    public void Markup_nested_past_the_html_limit_is_read_as_plain_text_with_a_reason()
    {
        var source = Repeat("<div>", 100_000) + "Maren Tove";
        var segments = new List<Segment>();

        var refusal = TemplateSegmentExtractor.Extract(source, segments);

        Assert.NotNull(refusal);
        Assert.Contains(segments, s => s.Kind == RegionKind.Prose && s.Text.EndsWith("Maren Tove", StringComparison.Ordinal));
    }

    private static string Repeat(string unit, int count) => new StringBuilder(unit.Length * count).Insert(0, unit, count).ToString();
}
