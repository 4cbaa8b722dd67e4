using ContentLint.Core.Model;
using ContentLint.Core.Parsing.Code;

namespace ContentLint.Core.Tests.Parsing.Code;

public sealed class TemplateTests
{
    private static List<Segment> Read(string source)
    {
        var segments = new List<Segment>();
        Assert.Null(TemplateSegmentExtractor.Extract(source, segments));
        return segments;
    }

    [Theory]
    [InlineData("<p>Thanks to «Maren Tove»{% if x %} and {{ y }}{% endif %}.</p>", RegionKind.HtmlText)]
    [InlineData("{% for r in reviews %}\n<h2>{{ r.title }} by «Maren Tove»</h2>\n{% endfor %}", RegionKind.Heading)]
    [InlineData("{{#each people}}<p>{{{ name }}} «Maren Tove»</p>{{/each}}", RegionKind.HtmlText)]
    [InlineData("<% if x %>\r\n<p><%= name %> «Maren Tove»</p>\r\n<% end %>", RegionKind.HtmlText)]
    [InlineData("<?php $a = 'x'; ?>\n<p><?= $name ?> «Maren Tove»</p>", RegionKind.HtmlText)]
    [InlineData("<img alt=\"{{ a }} «Maren Tove»\" src=\"x.jpg\">", RegionKind.ImageAlt)]
    [InlineData("{# note #}<p>{%- raw -%}«Maren Tove»</p>", RegionKind.HtmlText)]
    public void Markup_text_keeps_its_source_positions_around_template_tags(string marked, RegionKind kind)
    {
        var snippet = CodeSnippet.Plant(marked);

        snippet.AssertPlanted(Read(snippet.Source), kind, "Maren Tove");
    }

    [Theory]
    [InlineData("<p>{{ \"Maren\" | upcase }}</p><p>x</p>")]
    [InlineData("<p>{% assign who = 'Maren' %}x</p>")]
    [InlineData("{# Maren #}<p>x</p>")]
    [InlineData("{{!-- Maren {{x}} --}}<p>x</p>")]
    [InlineData("{{! Maren }}<p>x</p>")]
    [InlineData("<%# Maren %><p>x</p>")]
    [InlineData("<?php echo \"Maren\"; ?><p>x</p>")]
    [InlineData("{% comment %} Maren {% endcomment %}<p>x</p>")]
    [InlineData("<p>x</p><?php echo \"Maren\";")]
    [InlineData("<p>x</p>{{ unterminated Maren")]
    public void Template_tags_and_comments_are_not_text(string source)
    {
        var segments = Read(source);

        Assert.DoesNotContain(segments, s => s.Text.Contains("Maren", StringComparison.Ordinal));
        Assert.Contains(segments, s => s.Text.Trim() == "x");
    }

    [Theory]
    [InlineData("{# contentlint-disable-next-line PHI001 #}\n<p>x</p>")]
    [InlineData("{{!-- contentlint-disable-next-line PHI001 --}}\n<p>x</p>")]
    [InlineData("<%# contentlint-disable-next-line PHI001 %>\n<p>x</p>")]
    [InlineData("{% comment %}contentlint-disable-next-line PHI001{% endcomment %}\n<p>x</p>")]
    public void Template_comment_directives_are_comment_segments(string source)
    {
        var comment = Assert.Single(Read(source), s => s.Kind == RegionKind.Comment);

        Assert.Equal("contentlint-disable-next-line PHI001", comment.Text.Trim());
        Assert.Equal(source.IndexOf("contentlint", StringComparison.Ordinal), comment.ToSource(comment.Text.IndexOf('c', StringComparison.Ordinal), 1).Start);
    }
}
