using ContentLint.Core.Model;
using ContentLint.Core.Parsing;

namespace ContentLint.Core.Tests.Parsing.Data;

/// <summary>YAML, JSON, CSV and TSV data files become keyed values with exact positions, and records (docs/data-and-code.md).</summary>
public sealed class DataFileReaderTests
{
    [Fact]
    public void Yaml_values_are_named_by_their_key_path_and_map_back_to_the_source()
    {
        const string text = "testimonials:\n  - name: Quillon Abernathy\n    quote: \"Dr. Vance was \\\"kind\\\".\"\n";
        var document = DocumentParser.Parse(new SourceFile("_data/site.yml", text));

        var name = Assert.Single(document.Segments, s => s.Name == "testimonials[0].name");
        Assert.Equal(RegionKind.DataValue, name.Kind);
        Assert.Equal("Quillon Abernathy", name.Text);
        Assert.Equal((text.IndexOf("Quillon", StringComparison.Ordinal), text.IndexOf("\n    quote", StringComparison.Ordinal)), name.ToSource(0, name.Text.Length));
        var quote = Assert.Single(document.Segments, s => s.Name == "testimonials[0].quote");
        Assert.Equal("Dr. Vance was \"kind\".", quote.Text);
        var kind = quote.Text.IndexOf("kind", StringComparison.Ordinal);
        Assert.Equal(text.IndexOf("kind", StringComparison.Ordinal), quote.ToSource(kind, 4).Start);
    }

    [Fact]
    public void Every_mapping_with_a_value_is_a_record_with_its_keys_and_its_whole_extent()
    {
        const string text = "title: Reviews\nreviews:\n  - author: Maren Tove\n    text: Gentle care.\n  - author: Brannoc Featherly\n    text: Quick visit.\n    consent:\n      status: granted\n";
        var document = DocumentParser.Parse(new SourceFile("data/reviews.yaml", text));

        Assert.Equal(["", "reviews[0]", "reviews[1]"], document.Records.Select(r => r.Path));
        var second = document.Records[2];
        Assert.Equal(["author", "text", "consent"], second.Keys);
        Assert.Equal(text.IndexOf("author: Brannoc", StringComparison.Ordinal), second.Start);
        Assert.True(second.Contains(text.IndexOf("granted", StringComparison.Ordinal)));
        Assert.False(document.Records[1].Contains(text.IndexOf("Brannoc", StringComparison.Ordinal)));
        Assert.NotNull(second.Fields);
    }

    [Fact]
    public void Json_is_read_like_yaml_with_its_escapes_decoded_and_positions_kept()
    {
        const string text = "[\n\t{\"name\":\"Ysolde Marchetti\",\"review\":\"Caf\\u00e9 chat, then a crown \\u2014 painless\"}\n]\n";
        var document = DocumentParser.Parse(new SourceFile("src/data/reviews.json", text));

        var record = Assert.Single(document.Records);
        Assert.Equal(["name", "review"], record.Keys);
        Assert.Equal(text.IndexOf('{', StringComparison.Ordinal), record.Start);
        var review = Assert.Single(document.Segments, s => s.Name == "[0].review");
        Assert.StartsWith("Café chat", review.Text, StringComparison.Ordinal);
        var crown = review.Text.IndexOf("crown", StringComparison.Ordinal);
        Assert.Equal(text.IndexOf("crown", StringComparison.Ordinal), review.ToSource(crown, 5).Start);
    }

    [Fact]
    public void Html_inside_a_value_is_blanked_so_tag_names_are_no_words()
    {
        const string text = "{\"body\": \"<p>Our patient <b>Teodor</b> smiled.</p>\"}";
        var document = DocumentParser.Parse(new SourceFile("data/posts.json", text));

        var body = Assert.Single(document.Segments);
        Assert.DoesNotContain("<", body.Text, StringComparison.Ordinal);
        Assert.Equal(text.IndexOf("Teodor", StringComparison.Ordinal), body.ToSource(body.Text.IndexOf("Teodor", StringComparison.Ordinal), 6).Start);
    }

    [Fact]
    public void Yaml_a_generator_accepts_but_yamldotnet_refuses_is_read_line_by_line()
    {
        // The second item is indented deeper than the first, as Ruby's YAML reader accepts.
        const string text = "reviews:\n  - name: Maren Tove\n    content: Gentle.\n\n    - name: Halvard Quince\n      content: Quick.\n";
        var document = DocumentParser.Parse(new SourceFile("data/reviews.yml", text));

        Assert.Empty(document.Problems); // nothing is lost: no record has a consent block to read
        Assert.Equal(2, document.Records.Count);
        Assert.Equal(["name", "content"], document.Records[1].Keys);
        Assert.Null(document.Records[1].Fields);
        var name = Assert.Single(document.Segments, s => s.Text == "Halvard Quince");
        Assert.Equal("reviews.name", name.Name);
        Assert.Equal(text.IndexOf("Halvard", StringComparison.Ordinal), name.ToSource(0, 1).Start);
    }

    [Fact]
    public void Lenient_yaml_with_a_consent_block_warns_that_the_block_is_not_read()
    {
        const string text = "reviews:\n  - name: Maren Tove\n    consent:\n      status: granted\n\n    - name: Halvard Quince\n";
        var document = DocumentParser.Parse(new SourceFile("data/reviews.yml", text));

        var problem = Assert.Single(document.Problems);
        Assert.Contains("read without its consent blocks", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quoted_value_over_several_lines_is_one_value_in_lenient_yaml()
    {
        const string text = "reviews:\n  - name: Maren Tove\n    quote: \"Dr. Ames: the best.\n\n    Truly: kind.\"\n\n    - name: Halvard Quince\n";
        var document = DocumentParser.Parse(new SourceFile("data/reviews.yml", text));

        Assert.Equal(["Dr. Ames: the best.", "Truly: kind."], document.Segments.Where(s => s.Name == "reviews.quote").Select(s => s.Text));
        Assert.Equal(text.IndexOf("Truly", StringComparison.Ordinal), document.Segments.Single(s => s.Text == "Truly: kind.").ToSource(0, 1).Start);
    }

    [Fact]
    public void Csv_rows_are_records_and_cells_are_named_by_their_column()
    {
        const string text = "name,review,date\r\nHalvard Quince,\"Great \"\"gentle\"\" care, thanks\",2024-02-01\r\n\r\nMaren Tove,Fine,2024-03-01\r\n";
        var document = DocumentParser.Parse(new SourceFile("exports/reviews.csv", text));

        Assert.Equal(2, document.Records.Count);
        Assert.Equal(["name", "review", "date"], document.Records[0].Keys);
        Assert.Equal(text.IndexOf("Halvard", StringComparison.Ordinal), document.Records[0].Start);
        var review = Assert.Single(document.Segments, s => s.Name == "[0].review");
        Assert.Equal("Great \"gentle\" care, thanks", review.Text);
        Assert.Equal(text.IndexOf("care", StringComparison.Ordinal), review.ToSource(review.Text.IndexOf("care", StringComparison.Ordinal), 4).Start);
        Assert.Equal("[1].name", Assert.Single(document.Segments, s => s.Text == "Maren Tove").Name);
    }

    [Fact]
    public void Tsv_uses_tabs_and_a_semicolon_csv_is_recognised()
    {
        var tsv = DocumentParser.Parse(new SourceFile("a.tsv", "name\tcity\nMaren Tove\tPort Ellis\n"));
        var semicolons = DocumentParser.Parse(new SourceFile("b.csv", "name;city\nMaren Tove;Port Ellis\n"));

        Assert.Equal("[0].city", Assert.Single(tsv.Segments, s => s.Text == "Port Ellis").Name);
        Assert.Equal("[0].city", Assert.Single(semicolons.Segments, s => s.Text == "Port Ellis").Name);
    }

    [Fact]
    public void Toml_tables_and_arrays_of_tables_are_records_and_strings_keep_their_positions()
    {
        const string text = "title = \"Reviews\"\n\n[[testimonials]]\nname = \"Quillon Ab\u00e9rnathy\"\nquote = \"\"\"\nDr. \\\"Vance\\\" was kind.\"\"\"\n\n[[testimonials]]\nname = 'Maren Tove'\nplace = { city = \"Port Ellis\" }\n";
        var document = DocumentParser.Parse(new SourceFile("data/testimonials.toml", text));

        Assert.Empty(document.Problems);
        Assert.Equal(["", "testimonials[0]", "testimonials[1]", "testimonials[1].place"], document.Records.Select(r => r.Path));
        Assert.Equal(["name", "quote"], document.Records[1].Keys);
        var name = Assert.Single(document.Segments, s => s.Name == "testimonials[0].name");
        Assert.Equal("Quillon Abérnathy", name.Text);
        Assert.Equal(text.IndexOf("Quillon", StringComparison.Ordinal), name.ToSource(0, 1).Start);
        Assert.Equal(text.IndexOf("nathy", StringComparison.Ordinal), name.ToSource(name.Text.IndexOf("nathy", StringComparison.Ordinal), 1).Start);
        var quote = Assert.Single(document.Segments, s => s.Name == "testimonials[0].quote");
        Assert.Equal("Dr. \"Vance\" was kind.", quote.Text);
        Assert.Equal(text.IndexOf("Vance", StringComparison.Ordinal), quote.ToSource(quote.Text.IndexOf("Vance", StringComparison.Ordinal), 5).Start);
        var literal = Assert.Single(document.Segments, s => s.Name == "testimonials[1].name");
        Assert.Equal(text.IndexOf("Maren", StringComparison.Ordinal), literal.ToSource(0, 1).Start);
        Assert.Equal("Port Ellis", Assert.Single(document.Segments, s => s.Name == "testimonials[1].place.city").Text);
        Assert.True(document.Records[1].Contains(text.IndexOf("Vance", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("data/a.toml", "[[a]\nname = \"x")]
    [InlineData("data/a.toml", "a = [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\"x\"")]
    [InlineData("data/a.json", "{\"a\": [")]
    [InlineData("data/a.json", "\"unterminated")]
    [InlineData("data/a.csv", "a,\"b\nc")]
    [InlineData("data/a.yml", "a: *unknown\n")]
    public void Broken_data_files_never_throw(string path, string text)
    {
        var document = DocumentParser.Parse(new SourceFile(path, text));

        Assert.NotNull(document.Segments);
    }

    [Theory]
    [InlineData("data/x.toml")]
    [InlineData("data/x.yml")]
    [InlineData("data/x.json")]
    [InlineData("data/x.csv")]
    public void Random_text_of_the_formats_own_punctuation_never_throws(string path)
    {
        const string alphabet = "[]{}=:,.\"'\\\n\r\t #-|>&*!%@`abcXYZ019\u00e9\u2028";
        var random = new Random(20261208);
        for (var i = 0; i < 300; i++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(1, 120)).Select(_ => alphabet[random.Next(alphabet.Length)])]);

            var document = DocumentParser.Parse(new SourceFile(path, text));

            Assert.All(document.Segments, segment => Assert.InRange(segment.ToSource(0, segment.Text.Length).End, 0, text.Length));
        }
    }

    [Fact]
    public void A_file_of_many_aliases_to_one_anchor_is_read_once_per_node()
    {
        var text = "base: &b\n  name: Maren Tove\n  quote: Gentle.\nreviews:\n" + string.Concat(Enumerable.Repeat("  - *b\n", 5000));

        var document = DocumentParser.Parse(new SourceFile("data/aliases.yml", text));

        Assert.Contains(document.Records, record => record.Path == "base" && record.End == text.IndexOf("\nreviews", StringComparison.Ordinal));
    }

    [Fact]
    public void Deeply_nested_json_is_refused_before_the_parser_sees_it()
    {
        var text = new string('[', 100_000) + new string(']', 100_000);

        var document = DocumentParser.Parse(new SourceFile("data/deep.json", text));

        Assert.Contains(document.Problems, p => p.Message.Contains("nested", StringComparison.Ordinal));
    }
}
