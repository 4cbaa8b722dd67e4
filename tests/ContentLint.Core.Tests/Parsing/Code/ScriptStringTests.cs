using ContentLint.Core.Model;
using ContentLint.Core.Parsing.Code;

namespace ContentLint.Core.Tests.Parsing.Code;

public sealed class ScriptStringTests
{
    [Theory]
    [InlineData("export const reviews = [{ name: \"Maren Tove\" }, { name: \"«Quillon Abernathy»\", quote: 'x' }];", "reviews[1].name", "Quillon Abernathy")]
    [InlineData("const data = { \"name\": \"«Maren Tove»\" };", "data.name", "Maren Tove")]
    [InlineData("const data = { quote: `«Maren Tove» fixed my back` };", "data.quote", "Maren Tove")]
    [InlineData("export default { team: { lead: '«Quillon Abernathy»' } };", "team.lead", "Quillon Abernathy")]
    [InlineData("module.exports = { patients: ['a', \"«Maren Tove»\"] };", "patients[1]", "Maren Tove")]
    [InlineData("const quote = \"«Maren Tove» was here\";", "quote", "Maren Tove")]
    [InlineData("let who;\nwho = '«Maren Tove»';", "who", "Maren Tove")]
    [InlineData("const reviews: Review[] = [{ name: \"«Maren Tove»\" }];", "reviews[0].name", "Maren Tove")]
    [InlineData("site.owner = \"«Maren Tove»\";", "site.owner", "Maren Tove")]
    [InlineData("const r = { city: cond ? \"«Austin»\" : \"Dallas\" };", "r.city", "Austin")]
    [InlineData("const r = { get name() { return 1; }, quote: \"«Maren Tove»\" };", "r.quote", "Maren Tove")]
    public void Property_and_variable_strings_are_data_values_named_by_their_key_path(string marked, string name, string shown)
    {
        var snippet = CodeSnippet.Plant(marked);
        var (segments, _) = snippet.ReadScript(ScriptDialect.TypeScript);

        var segment = snippet.AssertPlanted(segments, RegionKind.DataValue, shown);

        Assert.Equal(name, segment.Name);
    }

    [Theory]
    [InlineData("alert(\"«Maren Tove»\");")]
    [InlineData("if (x === '«Maren Tove»') {}")]
    [InlineData("const a = 1;\nfoo(`«Maren Tove»`);")]
    public void Other_strings_are_data_values_without_a_name(string marked)
    {
        var snippet = CodeSnippet.Plant(marked);
        var (segments, _) = snippet.ReadScript();

        Assert.Null(snippet.AssertPlanted(segments, RegionKind.DataValue, "Maren Tove").Name);
    }

    [Theory]
    [InlineData("const s = \"«Maren\\tTove»\";", "Maren\tTove")]
    [InlineData("const s = '«Maren\\'s»';", "Maren's")]
    [InlineData("const s = \"«Jos\\u00e9 Tove»\";", "José Tove")]
    [InlineData("const s = \"«Jos\\u{e9} Tove»\";", "José Tove")]
    [InlineData("const s = \"«Jos\\xe9 Tove»\";", "José Tove")]
    [InlineData("const s = `«Maren\r\nTove»`;", "Maren\nTove")]
    [InlineData("const s = `«Maren \\${x} Tove»`;", "Maren ${x} Tove")]
    public void Escapes_are_decoded_and_map_to_their_source(string marked, string shown)
    {
        var snippet = CodeSnippet.Plant(marked);
        var (segments, _) = snippet.ReadScript();

        snippet.AssertPlanted(segments, RegionKind.DataValue, shown);
    }

    [Fact]
    public void Template_literal_text_parts_are_segments_and_expressions_are_read_as_code()
    {
        const string source = "const quote = `Thanks ${first + \"Maren Tove\"} from Quillon Abernathy`;";
        var (segments, _) = CodeSnippet.Read(source);

        Assert.Equal(["Thanks ", "Maren Tove", " from Quillon Abernathy"], segments.Select(s => s.Text));
        Assert.Equal(["quote", null, "quote"], segments.Select(s => s.Name));
        var last = segments[2];
        Assert.Equal(source.IndexOf("Quillon", StringComparison.Ordinal), last.ToSource(6, 7).Start);
    }

    [Theory]
    [InlineData("import x from \"./Maren\";")]
    [InlineData("import \"./maren.css\";")]
    [InlineData("export * from './maren';")]
    [InlineData("export { a } from './maren';")]
    [InlineData("const m = await import(\"./maren\");")]
    [InlineData("const m = require('maren');")]
    [InlineData("\"use client\";\nexport const a = 1;")]
    [InlineData("function f() { 'use server'; }")]
    [InlineData("const c = { className: \"maren\" };")]
    [InlineData("const c = { style: { fontFamily: \"Maren\" } };")]
    [InlineData("const c = { type: 'maren', variant: 'maren', id: 'maren', key: 'maren' };")]
    [InlineData("const c = { icon: [\"maren\"] };")]
    [InlineData("const title = css`maren: 1px;`;")]
    [InlineData("const Box = styled.div`maren: 1px;`;")]
    [InlineData("type Who = \"maren\" | \"tove\";")]
    [InlineData("interface Who { kind: \"maren\" }")]
    [InlineData("const a = obj[\"maren\"];")]
    [InlineData("const a = \"   \";")]
    public void Strings_that_name_code_are_skipped(string source)
    {
        var (segments, _) = CodeSnippet.Read(source, ScriptDialect.TypeScript);

        Assert.DoesNotContain(segments, s => s.Text.Contains("maren", StringComparison.OrdinalIgnoreCase) || s.Text.Length == 0 || string.IsNullOrWhiteSpace(s.Text));
    }

    [Theory]
    [InlineData("const links = [{ href: \"«/patients/maren-tove»\" }];", RegionKind.LinkUrl, "links[0].href")]
    [InlineData("const n = { to: '«/maren-tove»' };", RegionKind.LinkUrl, "n.to")]
    [InlineData("const p = { src: \"«/img/maren-tove.jpg»\" };", RegionKind.ImageSource, "p.src")]
    public void Link_and_image_keys_keep_their_kind(string marked, RegionKind kind, string name)
    {
        var snippet = CodeSnippet.Plant(marked);
        var (segments, _) = snippet.ReadScript();

        Assert.Equal(name, snippet.AssertPlanted(segments, kind, snippet.Source[snippet.Start..snippet.End]).Name);
    }

    [Fact]
    public void Regex_literals_and_division_are_told_apart()
    {
        const string source = "const a = b / 2; const re = /\"not a string\"/g; const c = x / y / z; const q = \"Maren Tove\";";
        var (segments, _) = CodeSnippet.Read(source);

        var segment = Assert.Single(segments);
        Assert.Equal("Maren Tove", segment.Text);
        Assert.Equal("q", segment.Name);
    }

    [Fact]
    public void Comments_are_not_content_but_directives_in_them_are_comment_segments()
    {
        const string source = "// Maren Tove wrote this\n/* Quillon */\n// contentlint-disable-next-line PHI001\nconst a = 1; /* contentlint-enable */";
        var (segments, _) = CodeSnippet.Read(source);

        Assert.All(segments, s => Assert.Equal(RegionKind.Comment, s.Kind));
        Assert.Equal([" contentlint-disable-next-line PHI001", " contentlint-enable "], segments.Select(s => s.Text));
        Assert.Equal(source.IndexOf(" contentlint-disable", StringComparison.Ordinal), segments[0].ToSource(0, 1).Start);
    }

    [Fact]
    public void Strings_inside_comments_and_regexes_do_not_open_strings()
    {
        const string source = "// it's\nconst re = /'/; /* \" */ const name = \"Maren Tove\";";
        var (segments, _) = CodeSnippet.Read(source);

        Assert.Equal("Maren Tove", Assert.Single(segments).Text);
    }
}
