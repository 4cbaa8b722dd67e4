using System.Net;
using System.Text;

namespace ContentLint.Bench.SiteGen;

/// <summary>A full static page: head with meta tags, navigation, the article, a footer with the practice's details.</summary>
internal sealed class HtmlWriter : IBlockWriter
{
    private readonly StringBuilder _text = new();

    public HtmlWriter(string title, string description)
    {
        _text.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n  <meta charset=\"utf-8\">\n  <title>")
            .Append(WebUtility.HtmlEncode(title)).Append(" | ").Append(Practice.Name).Append("</title>\n")
            .Append("  <meta name=\"description\" content=\"").Append(WebUtility.HtmlEncode(description)).Append("\">\n")
            .Append("  <link rel=\"stylesheet\" href=\"/css/site.css\">\n</head>\n<body>\n")
            .Append("  <nav><a href=\"/\">Home</a> <a href=\"/services.html\">Services</a> <a href=\"/blog/\">Blog</a> <a href=\"/contact.html\">Contact</a></nav>\n")
            .Append("  <main>\n    <article>\n");
    }

    public void Heading(int level, string text) =>
        _text.Append("      <h").Append(level).Append('>').Append(WebUtility.HtmlEncode(text)).Append("</h").Append(level).Append(">\n");

    public void Paragraph(string text) => _text.Append("      <p>").Append(text).Append("</p>\n");

    public void List(IReadOnlyList<string> items)
    {
        _text.Append("      <ul>\n");
        foreach (var item in items)
        {
            _text.Append("        <li>").Append(item).Append("</li>\n");
        }

        _text.Append("      </ul>\n");
    }

    public void Image(string source, string alt) =>
        _text.Append("      <figure><img src=\"").Append(source).Append("\" alt=\"").Append(WebUtility.HtmlEncode(alt)).Append("\" loading=\"lazy\"></figure>\n");

    public void Quote(string text) => _text.Append("      <blockquote>").Append(text).Append("</blockquote>\n");

    public string Link(string href, string text) => $"<a href=\"{href}\">{text}</a>";

    public string Finish() => _text
        .Append("    </article>\n  </main>\n  <footer>\n    <p>").Append(Practice.Name).Append(" · ").Append(Practice.Address)
        .Append(" · <a href=\"tel:+13125550100\">").Append(Practice.Phone).Append("</a></p>\n")
        .Append("    <!-- analytics snippet removed for the static build -->\n  </footer>\n</body>\n</html>\n")
        .ToString();
}
