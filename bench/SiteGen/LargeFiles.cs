using System.Text;
using Bogus;

namespace ContentLint.Bench.SiteGen;

/// <summary>The pathological inputs of issue 9: one huge page, one huge line, one deeply nested page.</summary>
internal static class LargeFiles
{
    /// <summary>A blog archive: one front matter, then post after post until <paramref name="bytes"/> is reached.</summary>
    public static string Markdown(Faker f, long bytes)
    {
        var text = new StringBuilder("---\ntitle: \"Blog archive\"\nlayout: archive\n---\n\n");
        while (text.Length < bytes)
        {
            var post = new MarkdownWriter(string.Empty);
            PageGenerator.Body(f, post, $"Archive entry {text.Length}", f.Random.Int(0, 9) == 0 ? Patient.Create(f) : null);
            text.Append(post.Finish());
        }

        return text.ToString();
    }

    /// <summary>An inline image pasted as a base64 data: URI, all on one line, between two ordinary paragraphs.</summary>
    public static string DataUri(Faker f, int bytes)
    {
        var payload = Convert.ToBase64String(f.Random.Bytes(bytes * 3 / 4));
        return $"---\ntitle: \"Our new waiting room\"\n---\n\n{Prose.Tip(f)}\n\n![Waiting room](data:image/png;base64,{payload})\n\n{Prose.Tip(f)}\n";
    }

    /// <summary>Nested divs, a paragraph of text at the bottom of the nest, then every closing tag.</summary>
    public static string DeepHtml(Faker f, int depth)
    {
        var text = new StringBuilder("<!DOCTYPE html>\n<html><head><title>Nested</title></head><body>\n");
        for (var i = 0; i < depth; i++)
        {
            text.Append("<div>");
        }

        text.Append("<p>").Append(Prose.Tip(f)).Append("</p>");
        for (var i = 0; i < depth; i++)
        {
            text.Append("</div>");
        }

        return text.Append("\n</body></html>\n").ToString();
    }
}
