using ContentLint.Core.Model;
using ContentLint.Core.Parsing.Code;

namespace ContentLint.Core.Tests.Parsing.Code;

public sealed class CodeRecordTests
{
    [Fact]
    public void Object_literals_with_string_values_are_records_with_path_and_keys()
    {
        const string source = "export const reviews = [\n  { name: \"Maren Tove\", quote: `Great`, rating: 5 },\n  { name: 'Quillon Abernathy', location, ...rest },\n];";
        var (_, records) = CodeSnippet.Read(source);

        Assert.Equal(2, records.Count);
        var first = records[0];
        Assert.Equal((source.IndexOf('{', StringComparison.Ordinal), source.IndexOf('}', StringComparison.Ordinal) + 1), (first.Start, first.End));
        Assert.Equal("reviews[0]", first.Path);
        Assert.Equal(["name", "quote", "rating"], first.Keys);
        Assert.Null(first.Fields);
        Assert.Equal("reviews[1]", records[1].Path);
        Assert.Equal(["name", "location"], records[1].Keys);
    }

    [Fact]
    public void Nested_records_are_listed_in_source_order()
    {
        const string source = "export default { title: \"Stories\", people: [{ name: \"Maren Tove\" }] };";
        var (_, records) = CodeSnippet.Read(source);

        Assert.Equal([("", 0), ("people[0]", 1)], records.Select((r, i) => (r.Path, i)));
        Assert.Equal(source.IndexOf('{', StringComparison.Ordinal), records[0].Start);
        Assert.Equal(source.Length - 1, records[0].End);
        Assert.Equal(["title", "people"], records[0].Keys);
        Assert.True(records[1].Start > records[0].Start);
    }

    [Theory]
    [InlineData("const a = { rating: 5, count: 2 };")]
    [InlineData("const a = { className: \"p-4\", style: { color: \"red\" } };")]
    [InlineData("function f() { if (x) { g(\"Maren Tove\"); } }")]
    public void Objects_without_content_strings_and_blocks_are_not_records(string source)
    {
        var (_, records) = CodeSnippet.Read(source);

        Assert.Empty(records);
    }

    [Fact]
    public void Component_elements_with_string_attributes_are_records_of_their_start_tag()
    {
        const string source = "const a = <section className=\"x\">\n  <Testimonial name=\"Maren Tove\" quote={q} city='Austin' />\n  <Testimonial quote={q} />\n</section>;";
        var (segments, records) = CodeSnippet.Read(source);

        var record = Assert.Single(records);
        var start = source.IndexOf("<Testimonial", StringComparison.Ordinal);
        Assert.Equal((start, source.IndexOf("/>", start, StringComparison.Ordinal) + 2), (record.Start, record.End));
        Assert.Equal("Testimonial", record.Path);
        Assert.Equal(["name", "quote", "city"], record.Keys);
        Assert.Equal(["name", "city"], segments.Where(s => s.Kind == RegionKind.DataValue).Select(s => s.Name));
    }

    [Fact]
    public void A_component_prop_object_is_named_by_the_prop()
    {
        const string source = "const a = <Card person={{ name: \"Maren Tove\" }} />;";
        var (segments, records) = CodeSnippet.Read(source, ScriptDialect.TypeScriptJsx);

        Assert.Equal("person.name", Assert.Single(segments).Name);
        Assert.Equal("person", Assert.Single(records).Path);
    }
}
