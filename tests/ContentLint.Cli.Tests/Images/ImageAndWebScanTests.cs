using System.Text.Json;
using ContentLint.Core.Tests.Images;

namespace ContentLint.Cli.Tests.Images;

/// <summary><c>contentlint scan</c> of a working tree with photos, trackers, widgets and forms, in every output format.</summary>
public sealed class ImageAndWebScanTests
{
    private static readonly byte[] Photo = new JpegBuilder()
        .Artist("Ruth Abernathy")
        .BodySerialNumber("SN4471902")
        .DateTimeOriginal("2024:03:15 10:22:01")
        .Gps('N', 41, 52, 3000, 'W', 87, 37, 1200)
        .Build();

    private static TempRepository Site()
    {
        var repo = new TempRepository();
        repo.Write(".contentlint.yml", "staff: [\"Dr. Maria Lopez\"]\nconsent:\n  required_paths: [\"content/testimonials/**\"]\n");
        repo.WriteBytes("static/img/ruth.jpg", Photo);
        repo.WriteBytes("static/img/broken.jpg", [0xFF, 0xD8, 0xFF, 0xE1, 0x7F, 0xFF, 1, 2, 3]);
        repo.Write("content/testimonials/dentures.md", "---\ntitle: New dentures\n---\nI smile again.\n\n![Smiling](/img/ruth.jpg)\n");
        repo.Write("content/blog/tips.md", "# Flossing tips\n\n<script async src=\"https://connect.facebook.net/en_US/fbevents.js\"></script>\n");
        repo.Write("content/appointments.md", "# Book a visit\n\n<script async src=\"https://connect.facebook.net/en_US/fbevents.js\"></script>\n");
        return repo;
    }

    [Fact]
    public void Images_are_reported_on_line_one_and_on_the_line_that_shows_them_and_trackers_only_on_patient_pages()
    {
        using var repo = Site();

        var run = repo.Run("scan");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
        [
            ".contentlint.yml(1,1,1,1): info WEB006: Site has no privacy or social media policy page: no page has privacy or social media policy in its path or title, or links to one (name it with web.policy_page)",
            "content/appointments.md(3,20,3,66): error WEB001: Third-party tracking technology on a patient-facing page: Meta Pixel (script source)",
            "content/testimonials/dentures.md(1,1,1,1): error CON001: Page needs patient consent front matter and has none",
            "content/testimonials/dentures.md(6,1,6,26): error PHI017: Possible full-face photograph of a patient: ![***](/***/***.***)",
            "content/testimonials/dentures.md(6,12,6,25): error PHI001: Possible name of a patient or relative: metadata of the image shown here (EXIF Artist)",
            "content/testimonials/dentures.md(6,12,6,25): error PHI002: Possible address or location of a patient: metadata of the image shown here (EXIF GPS position)",
            "content/testimonials/dentures.md(6,12,6,25): error PHI003: Possible date or age over 89 tied to a patient: metadata of the image shown here (EXIF DateTimeOriginal)",
            "content/testimonials/dentures.md(6,12,6,25): error PHI013: Possible device identifier or serial number: metadata of the image shown here (EXIF BodySerialNumber)",
            "static/img/broken.jpg: warning CL1001: image data ends early (truncated or corrupt), metadata not scanned",
            "static/img/ruth.jpg(1,1,1,1): error PHI001: Possible name of a patient or relative: image metadata (EXIF Artist)",
            "static/img/ruth.jpg(1,1,1,1): error PHI002: Possible address or location of a patient: image metadata (EXIF GPS position)",
            "static/img/ruth.jpg(1,1,1,1): error PHI003: Possible date or age over 89 tied to a patient: image metadata (EXIF DateTimeOriginal)",
            "static/img/ruth.jpg(1,1,1,1): error PHI013: Possible device identifier or serial number: image metadata (EXIF BodySerialNumber)",
        ], run.Lines);
        Assert.Contains("in 4 files scanned, 1 not scanned", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("static/img/ruth.jpg")]
    [InlineData("static/img/RUTH.JPG")]
    [InlineData("static/img/Ruth.Jpg")]
    [InlineData("static/img/ruth.JPEG")]
    public void Image_files_no_page_shows_are_read_by_default_whatever_the_case_of_their_extension(string path)
    {
        using var repo = new TempRepository();
        repo.WriteBytes(path, Photo);

        var run = repo.Run("scan", "--format", "json");

        var paths = JsonDocument.Parse(run.Out).RootElement.GetProperty("diagnostics").EnumerateArray()
            .Where(d => d.GetProperty("ruleId").GetString()!.StartsWith("PHI", StringComparison.Ordinal))
            .Select(d => d.GetProperty("path").GetString()).Distinct();
        Assert.Equal([path], paths);
    }

    [Fact]
    public void Json_sarif_and_github_put_image_findings_at_line_one_column_one()
    {
        using var repo = Site();

        var json = JsonDocument.Parse(repo.Run("scan", "--format", "json").Out).RootElement.GetProperty("diagnostics").EnumerateArray().ToList();
        var sarif = JsonDocument.Parse(repo.Run("scan", "--format", "sarif").Out).RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        var github = repo.Run("scan", "--format", "github").Lines;

        var image = json.First(d => d.GetProperty("path").GetString() == "static/img/ruth.jpg");
        Assert.Equal("""{"startLine":1,"startColumn":1,"endLine":1,"endColumn":1}""", string.Concat(image.GetProperty("region").GetRawText().Where(c => !char.IsWhiteSpace(c))));
        Assert.Equal(JsonValueKind.Null, json.First(d => d.GetProperty("path").GetString() == "static/img/broken.jpg").GetProperty("region").ValueKind);
        var result = sarif.First(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString() == "static/img/ruth.jpg");
        Assert.Equal(1, result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Contains(sarif, r => r.GetProperty("ruleId").GetString() == "WEB001");
        Assert.Contains("::error file=static/img/ruth.jpg,line=1,col=1,endLine=1,endColumn=1,title=PHI002::Possible address or location of a patient: image metadata (EXIF GPS position)", github);
    }

    [Fact]
    public void No_format_prints_a_metadata_value_even_with_show_matches()
    {
        using var repo = Site();
        string[] secrets = ["Abernathy", "4471902", "41.87", "87.62", "2024:03:15", "10:22:01"];

        foreach (var format in new[] { "msbuild", "json", "sarif", "github", "summary" })
        {
            var run = repo.Run("scan", "--format", format, "--show-matches");

            Assert.All(secrets, secret => Assert.DoesNotContain(secret, run.Out + run.Error, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_baseline_records_image_and_web_findings_so_that_only_new_ones_fail()
    {
        using var repo = Site();

        var record = repo.Run("baseline", "-o", "contentlint.baseline");
        var clean = repo.Run("scan", "--baseline", "contentlint.baseline");
        repo.Write("content/book-online.md", "<script src=\"https://static.hotjar.com/c/hotjar-1.js?sv=6\"></script>\n");
        var added = repo.Run("scan", "--baseline", "contentlint.baseline");

        Assert.Equal(0, record.ExitCode);
        Assert.Contains("static/img/ruth.jpg", File.ReadAllText(Path.Combine(repo.Root, "contentlint.baseline")), StringComparison.Ordinal);
        Assert.Equal(0, clean.ExitCode);
        Assert.DoesNotContain(clean.Lines, line => line.Contains(": error ", StringComparison.Ordinal));
        Assert.Equal(1, added.ExitCode);
        Assert.Equal(["content/book-online.md(1,14,1,58): error WEB001: Third-party tracking technology on a patient-facing page: Hotjar (script source)"],
            added.Lines.Where(line => line.Contains(": error ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Fail_on_decides_whether_web_warnings_fail_the_scan()
    {
        using var repo = new TempRepository();
        repo.Write("content/testimonials/knee.md", "---\nlayout: testimonial\ndeidentified: safe-harbor\n---\nA patient walks again.\n\n<div id=\"disqus_thread\"></div>\n");

        var byDefault = repo.Run("scan");
        var strict = repo.Run("scan", "--fail-on", "warning");

        Assert.Equal(0, byDefault.ExitCode);
        Assert.Contains("content/testimonials/knee.md(7,1,7,25): warning WEB002: Public comment widget on a patient-story or consent page: Disqus (embed code)", byDefault.Lines);
        Assert.Equal(1, strict.ExitCode);
    }

    [Fact]
    public void The_site_note_needs_a_whole_site_scan_and_images_can_be_turned_off()
    {
        using var repo = Site();
        var onePath = repo.Run("scan", "content");
        repo.Write(".contentlint.yml", "images: []\nconsent:\n  required_paths: [\"content/testimonials/**\"]\n");
        var noImages = repo.Run("scan");

        Assert.DoesNotContain(onePath.Lines, line => line.Contains("WEB006", StringComparison.Ordinal));
        Assert.DoesNotContain(noImages.Lines, line => line.Contains(".jpg", StringComparison.Ordinal) || line.Contains("metadata", StringComparison.Ordinal));
    }

    [Fact]
    public void Explain_reads_web_rules_from_the_catalog()
    {
        using var repo = new TempRepository();

        var run = repo.Run("explain", "web001");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("WEB001 third-party-tracker:", run.Out, StringComparison.Ordinal);
        Assert.Contains("Use of Online Tracking Technologies by HIPAA Covered Entities and Business Associates", run.Out, StringComparison.Ordinal);
        Assert.Contains("contentlint-disable-next-line WEB001", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_site_in_a_subfolder_finds_images_in_its_own_static_folder()
    {
        using var repo = new TempRepository();
        repo.Write("site/.contentlint.yml", "include: [\"content/**/*.md\"]\n");
        repo.WriteBytes("site/static/img/x.jpg", new JpegBuilder().Gps('S', 33, 51, 3500, 'E', 151, 12, 4000).Build());
        repo.Write("site/content/testimonials/post.md", "# News\n\n![](/img/x.jpg)\n");

        var run = repo.Run("scan", "site");

        Assert.Equal(
        [
            "site/content/testimonials/post.md(1,1,1,1): error CON001: Page needs patient consent front matter and has none",
            "site/content/testimonials/post.md(3,1,3,16): error PHI017: Possible full-face photograph of a patient: ![](/***/***.***)",
            "site/content/testimonials/post.md(3,5,3,15): error PHI002: Possible address or location of a patient: metadata of the image shown here (EXIF GPS position)",
            "site/static/img/x.jpg(1,1,1,1): error PHI002: Possible address or location of a patient: image metadata (EXIF GPS position)",
        ], run.Lines);
    }

    [Fact]
    public void Where_and_with_which_camera_an_office_picture_was_taken_is_not_reported_on_the_page_that_is_no_patient_page()
    {
        using var repo = new TempRepository();
        repo.Write(".contentlint.yml", "include: [\"content/**/*.md\"]\n");
        repo.WriteBytes("static/img/x.jpg", new JpegBuilder().Gps('S', 33, 51, 3500, 'E', 151, 12, 4000).BodySerialNumber("QX4471902").Build());
        repo.Write("content/services/implants.md", "# Implants\n\n![](/img/x.jpg)\n");

        var run = repo.Run("scan");

        Assert.DoesNotContain(run.Lines, line => line.StartsWith("content/services/implants.md", StringComparison.Ordinal));
    }
}
