using ContentLint.Core.Config;
using ContentLint.Core.Images;
using ContentLint.Core.Model;
using ContentLint.Core.Parsing;
using ContentLint.Core.Pipeline;
using ContentLint.Core.Rules;
using ContentLint.Core.Web;

namespace ContentLint.Core.Tests.Images;

public sealed class ImageReferenceTests
{
    private static readonly ImageReferenceResolver Resolver = new(
        string.Empty,
        new OrganizationDomainAllowList(ContentLintConfig.Default("/repo") with { Organization = OrganizationOptions.Empty with { Domains = ["clinic.example"] } }));

    [Theory]
    [InlineData("content/blog/post.md", "/images/knee.jpg", "images/knee.jpg|static/images/knee.jpg|public/images/knee.jpg|src/images/knee.jpg")]
    [InlineData("content/blog/post.md", "knee.jpg", "content/blog/knee.jpg|knee.jpg|static/knee.jpg|public/knee.jpg|src/knee.jpg")]
    [InlineData("content/blog/post.md", "../img/a%20b.png?v=2#top", "content/img/a b.png")]
    [InlineData("index.html", "https://www.clinic.example/img/x.jpg", "img/x.jpg|static/img/x.jpg|public/img/x.jpg|src/img/x.jpg")]
    [InlineData("index.html", "{{ site.baseurl }}/img/x.jpg", "img/x.jpg|static/img/x.jpg|public/img/x.jpg|src/img/x.jpg")]
    [InlineData("index.html", "https://cdn.other.example/img/x.jpg", "")]
    [InlineData("index.html", "data:image/png;base64,AAAA", "")]
    [InlineData("index.html", "{{ .Params.image }}", "")]
    [InlineData("index.md", "../../etc/x.jpg", "")]
    public void Candidates_follow_the_static_folders_of_site_generators(string page, string url, string expected) =>
        Assert.Equal(expected, string.Join('|', Resolver.Candidates(page, url)));

    [Fact]
    public void The_same_relative_url_resolves_per_folder_of_the_page_and_once_per_folder()
    {
        var library = new ImageLibrary(
            new MemoryImageSource(new Dictionary<string, byte[]> { ["a/photo.jpg"] = [0xFF, 0xD8, 0xFF, 0xD9], ["b/photo.jpg"] = [0xFF, 0xD8, 0xFF, 0xD9] }),
            RuleCatalog.Default);
        var stage = new ImageReferenceStage(library, Resolver);
        var page = new PageContext(NeedsConsent: false, PatientFacing: false);

        List<string> Shown(string path) => stage.Find(DocumentParser.Parse(new SourceFile(path, "![x](photo.jpg)\n")), page).Shown;

        Assert.Equal(["a/photo.jpg"], Shown("a/one.md"));
        Assert.Equal(["b/photo.jpg"], Shown("b/two.md"));
        Assert.Equal(["a/photo.jpg"], Shown("a/three.md"));
        Assert.Empty(Shown("c/four.md"));
    }

    [Fact]
    public void Finds_image_urls_in_markdown_html_srcset_links_meta_and_front_matter()
    {
        var text = string.Join('\n',
            "---",
            "cover: /img/cover.jpg",
            "tags: [knee]",
            "---",
            "![x](/img/a.JPG) [pdf](/forms/intake.pdf) [photo](/img/b.png)",
            "<img src=\"/img/c.webp\" srcset=\"/img/c.webp 1x, /img/c@2x.webp 2x\" data-src=\"/img/lazy.gif\">",
            "<meta property=\"og:image\" content=\"https://clinic.example/img/og.jpg\">",
            "");

        var urls = ImageReferenceFinder.Find(DocumentParser.Parse(new SourceFile("content/a.md", text))).Select(r => r.Url).Order(StringComparer.Ordinal);

        Assert.Equal(["/img/a.JPG", "/img/b.png", "/img/c.webp", "/img/c.webp", "/img/c@2x.webp", "/img/cover.jpg", "/img/lazy.gif", "https://clinic.example/img/og.jpg"], urls);
    }
}
