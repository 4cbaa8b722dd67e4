using ContentLint.Core.Model;

namespace ContentLint.Core.Tests.Images;

/// <summary>Real JPEG bytes with EXIF, XMP and IPTC metadata, scanned with the pages that show them.</summary>
public sealed class ImageMetadataTests
{
    private static readonly byte[] GpsPhoto = new JpegBuilder().Gps('N', 41, 52, 3000, 'W', 87, 37, 1200).Build();

    [Fact]
    public void Gps_position_is_reported_on_the_image_at_line_one_without_the_coordinates()
    {
        var report = new ImageSite().Image("static/img/knee.jpg", GpsPhoto).Scan();

        Assert.Equal(
            ["static/img/knee.jpg(1,1,1,1) PHI002 error: Possible address or location of a patient: image metadata (EXIF GPS position)"],
            ImageSite.Lines(report));
        Assert.DoesNotContain(report.Diagnostics, d => d.Message.Contains("41", StringComparison.Ordinal) || d.Message.Contains("87", StringComparison.Ordinal));
        Assert.NotNull(report.Diagnostics[0].Fingerprint);
    }

    [Fact]
    public void Xmp_person_in_image_names_are_reported_once_per_tag_and_staff_are_not()
    {
        var photo = new JpegBuilder().PersonInImage("Hank Dufresne", "Maria Lopez").Build();

        var report = new ImageSite().Image("img/a.jpg", photo).Scan();

        Assert.Equal(["img/a.jpg(1,1,1,1) PHI001 error: Possible name of a patient or relative: image metadata (XMP PersonInImage)"], ImageSite.Lines(report));
    }

    [Fact]
    public void A_staff_member_alone_in_person_in_image_is_not_reported()
    {
        var report = new ImageSite().Image("img/a.jpg", new JpegBuilder().PersonInImage("Dr. Maria Lopez").Build()).Scan();

        Assert.Empty(report.Diagnostics);
    }

    [Fact]
    public void Exif_artist_iptc_byline_caption_and_keywords_go_through_the_name_detector()
    {
        var photo = new JpegBuilder()
            .Artist("Ruth Abernathy")
            .IptcByLine("Walter Sims")
            .IptcCaption("Mr. Gerald Feng after his implant")
            .IptcKeyword("before")
            .IptcKeyword("implant")
            .Build();

        var report = new ImageSite().Image("img/a.jpg", photo).Scan();

        Assert.Equal(
        [
            "img/a.jpg(1,1,1,1) PHI001 error: Possible name of a patient or relative: image metadata (EXIF Artist)",
            "img/a.jpg(1,1,1,1) PHI001 error: Possible name of a patient or relative: image metadata (IPTC By-line)",
            "img/a.jpg(1,1,1,1) PHI001 error: Possible name of a patient or relative: image metadata (IPTC Caption)",
        ], ImageSite.Lines(report));
    }

    [Fact]
    public void A_creator_field_without_a_personal_name_is_not_reported()
    {
        var photo = new JpegBuilder().Artist("Canon EOS").IptcByLine("Riverside Studio").IptcKeyword("smile gallery").Build();

        Assert.Empty(new ImageSite().Image("img/a.jpg", photo).Scan().Diagnostics);
    }

    [Fact]
    public void Camera_and_lens_serial_numbers_are_device_identifiers()
    {
        var photo = new JpegBuilder()
            .BodySerialNumber("SN4471902")
            .LensSerialNumber("LS-0093311")
            .Xmp("<aux:SerialNumber>XS-99812</aux:SerialNumber>")
            .Build();

        var report = new ImageSite().Image("img/a.jpg", photo).Scan();

        Assert.Equal(
        [
            "img/a.jpg(1,1,1,1) PHI013 error: Possible device identifier or serial number: image metadata (EXIF BodySerialNumber)",
            "img/a.jpg(1,1,1,1) PHI013 error: Possible device identifier or serial number: image metadata (EXIF LensSerialNumber)",
            "img/a.jpg(1,1,1,1) PHI013 error: Possible device identifier or serial number: image metadata (XMP serial number)",
        ], ImageSite.Lines(report));
    }

    [Fact]
    public void A_serial_number_of_zeros_is_a_placeholder_not_an_identifier()
    {
        Assert.Empty(new ImageSite().Image("img/a.jpg", new JpegBuilder().BodySerialNumber("0000000").Build()).Scan().Diagnostics);
    }

    [Fact]
    public void A_clean_image_produces_nothing()
    {
        var photo = new JpegBuilder().Software("Photo Editor 5").Build();

        var report = new ImageSite().Image("img/clean.jpg", photo).Page("content/blog/post.md", "# Tips\n\n![Office](/img/clean.jpg)\n").Scan();

        Assert.Empty(report.Diagnostics);
        Assert.Equal(2, report.FilesScanned);
    }

    [Fact]
    public void A_name_in_the_file_name_is_reported_on_the_image_and_a_staff_name_is_not()
    {
        var clean = new JpegBuilder().Build();

        var report = new ImageSite().Image("static/img/ann-lee-before.jpg", clean).Image("static/team/maria-lopez.jpg", clean).Scan();

        Assert.Equal(["static/img/ann-lee-before.jpg(1,1,1,1) PHI001 error: Possible name of a patient or relative: image file name"], ImageSite.Lines(report));
    }

    [Fact]
    public void Capture_date_is_reported_only_when_a_patient_page_shows_the_image()
    {
        var photo = new JpegBuilder().DateTimeOriginal("2024:03:15 10:22:01").Build();
        var story = "---\nlayout: testimonial\n---\nGreat result!\n\n![After](/img/story.jpg)\n";
        var post = "# Tips\n\n![After](/img/post.jpg)\n";

        var report = new ImageSite().Image("img/story.jpg", photo).Image("img/post.jpg", photo)
            .Page("content/stories/knee.md", story).Page("content/blog/tips.md", post).Scan();

        Assert.Equal(
        [
            "content/stories/knee.md(6,10,6,24) PHI003 error: Possible date or age over 89 tied to a patient: metadata of the image shown here (EXIF DateTimeOriginal)",
            "img/story.jpg(1,1,1,1) PHI003 error: Possible date or age over 89 tied to a patient: image metadata (EXIF DateTimeOriginal)",
        ], ImageSite.Lines(report, d => d.Code == "PHI003"));
    }

    [Fact]
    public void Each_referencing_line_reports_the_image_markdown_html_srcset_and_front_matter()
    {
        var page = string.Join('\n',
            "---",
            "title: Knee",
            "image: /img/knee.jpg",
            "---",
            "![After surgery](/img/knee.jpg \"After\")",
            "<img src=\"/img/small.jpg\" srcset=\"/img/small.jpg 1x, /img/knee.jpg 2x\" alt=\"\">",
            "[Full size](../../static/img/knee.jpg)",
            "");

        var report = new ImageSite().Image("static/img/knee.jpg", GpsPhoto).Page("content/testimonials/knee.md", page).Scan();

        Assert.Equal(
        [
            "content/testimonials/knee.md(3,8,3,21) PHI002 error: Possible address or location of a patient: metadata of the image shown here (EXIF GPS position)",
            "content/testimonials/knee.md(5,18,5,31) PHI002 error: Possible address or location of a patient: metadata of the image shown here (EXIF GPS position)",
            "content/testimonials/knee.md(6,54,6,67) PHI002 error: Possible address or location of a patient: metadata of the image shown here (EXIF GPS position)",
            "content/testimonials/knee.md(7,13,7,38) PHI002 error: Possible address or location of a patient: metadata of the image shown here (EXIF GPS position)",
            "static/img/knee.jpg(1,1,1,1) PHI002 error: Possible address or location of a patient: image metadata (EXIF GPS position)",
        ], ImageSite.Lines(report, d => d.Code == "PHI002"));
    }

    [Fact]
    public void Consent_covering_the_scope_makes_page_and_image_findings_notes()
    {
        var story = string.Join('\n',
            "---",
            "layout: testimonial",
            "consent:",
            "  status: granted",
            "  form_id: AUTH-1",
            "  signed: 2026-01-02",
            "  scope: [photo, location]",
            "  approved_by: Maria Lopez",
            "---",
            "<img src=\"/img/knee.jpg\" alt=\"\">",
            "");

        var report = new ImageSite().Image("img/knee.jpg", GpsPhoto).Page("content/stories/knee.md", story).Scan();

        Assert.Equal(
        [
            "content/stories/knee.md(10,11,10,24) PHI002 note: Possible address or location of a patient: metadata of the image shown here (EXIF GPS position) (covered by the page's consent)",
            "img/knee.jpg(1,1,1,1) PHI002 note: Possible address or location of a patient: image metadata (EXIF GPS position) (covered by the consent of every page that shows it)",
        ], ImageSite.Lines(report, d => d.Code == "PHI002"));
    }

    [Fact]
    public void Consent_without_the_scope_reports_the_image_location_as_not_covered()
    {
        var story = "---\nlayout: testimonial\nconsent:\n  status: granted\n  form_id: AUTH-1\n  signed: 2026-01-02\n  scope: [photo]\n  approved_by: Maria Lopez\n---\n![](/img/knee.jpg)\n";

        var report = new ImageSite().Image("img/knee.jpg", GpsPhoto).Page("content/stories/knee.md", story).Scan();

        Assert.Contains("content/stories/knee.md(7,3,7,3) CON004 error: Page discloses identifiers that the consent scope does not cover: not covered: PHI002 (scope 'location')", ImageSite.Lines(report));
    }

    [Fact]
    public void An_image_on_an_ordinary_page_does_not_make_it_need_consent()
    {
        var report = new ImageSite().Image("img/office.jpg", GpsPhoto).Page("content/blog/new-office.md", "# Our new office\n\n![Lobby](/img/office.jpg)\n").Scan();

        Assert.DoesNotContain(report.Diagnostics, d => d.Code == "CON001");
        // Where an office picture was taken is the office's: only the image's own finding remains.
        Assert.DoesNotContain(report.Diagnostics, d => d is { Code: "PHI002", Path: "content/blog/new-office.md" });
        Assert.Contains(report.Diagnostics, d => d is { Code: "PHI002", Path: "img/office.jpg" });
    }

    [Fact]
    public void A_photographers_name_counts_on_a_patient_page_but_not_on_a_service_page()
    {
        var photo = new JpegBuilder().Artist("Margaret Ashcombe").Build();

        var service = new ImageSite().Image("img/a.jpg", photo).Page("content/services/implants.md", "# Implants\n\n![Chair](/img/a.jpg)\n").Scan();
        var story = new ImageSite().Image("img/a.jpg", photo).Page("content/testimonials/a.md", "# A smile\n\n![Chair](/img/a.jpg)\n").Scan();

        Assert.DoesNotContain(service.Diagnostics, d => d is { Code: "PHI001", Path: "content/services/implants.md" });
        Assert.Contains(story.Diagnostics, d => d is { Code: "PHI001", Path: "content/testimonials/a.md" });
    }

    [Fact]
    public void An_inline_suppression_removes_the_referencing_finding_but_not_the_images_own()
    {
        var page = "# Tips\n\n<!-- contentlint-disable-next-line PHI002 -- office photo, location is our address -->\n![Lobby](/img/office.jpg)\n";

        var report = new ImageSite().Image("img/office.jpg", GpsPhoto).Page("content/testimonials/office.md", page).Scan();

        Assert.Equal(["img/office.jpg(1,1,1,1) PHI002 error: Possible address or location of a patient: image metadata (EXIF GPS position)"], ImageSite.Lines(report, d => d.Code == "PHI002"));
    }

    [Fact]
    public void Severity_overrides_apply_to_image_findings()
    {
        var site = new ImageSite { ConfigYaml = "rules:\n  PHI002: off\n  PHI013: note\n" };
        var photo = new JpegBuilder().Gps('N', 1, 2, 300, 'E', 4, 5, 600).BodySerialNumber("SN-77").Build();

        var report = site.Image("img/a.jpg", photo).Page("content/testimonials/a.md", "![](/img/a.jpg)\n").Scan();

        Assert.Equal(
        [
            "content/testimonials/a.md(1,5,1,15) PHI013 note: Possible device identifier or serial number: metadata of the image shown here (EXIF BodySerialNumber)",
            "img/a.jpg(1,1,1,1) PHI013 note: Possible device identifier or serial number: image metadata (EXIF BodySerialNumber)",
        ], ImageSite.Lines(report, d => d.Code is "PHI002" or "PHI013"));
    }

    [Fact]
    public void Metadata_values_never_reach_messages_even_with_show_matches()
    {
        var photo = new JpegBuilder().Artist("Ruth Abernathy").BodySerialNumber("SN4471902").Gps('N', 41, 52, 3000, 'W', 87, 37, 1200).Build();

        var report = new ImageSite().Image("img/a.jpg", photo).Page("content/a.md", "![](/img/a.jpg)\n").Scan(showMatches: true);

        Assert.NotEmpty(report.Diagnostics);
        Assert.All(report.Diagnostics, d =>
        {
            Assert.DoesNotContain("Abernathy", d.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("4471902", d.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("41.8", d.Message, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData(new byte[] { 1, 2, 3 }, "not a readable image (unknown or unsupported format), metadata not scanned")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE1, 0xFF, 0xFF, 1, 2 }, "image data ends early (truncated or corrupt), metadata not scanned")]
    [InlineData(new byte[0], "not a readable image (unknown or unsupported format), metadata not scanned")]
    public void A_corrupt_image_is_a_warning_and_the_scan_goes_on(byte[] bytes, string problem)
    {
        var report = new ImageSite().Image("img/bad.jpg", bytes).Image("img/good.jpg", GpsPhoto).Scan();

        Assert.Equal(
        [
            $"img/bad.jpg CL1001 warning: {problem}",
            "img/good.jpg(1,1,1,1) PHI002 error: Possible address or location of a patient: image metadata (EXIF GPS position)",
        ], ImageSite.Lines(report));
        Assert.Equal((1, 1, false), (report.FilesScanned, report.FilesNotScanned, report.HadToolError));
    }

    [Fact]
    public void A_truncated_exif_segment_is_read_in_part()
    {
        var photo = new JpegBuilder().Artist("Ruth Abernathy").Gps('N', 41, 52, 3000, 'W', 87, 37, 1200).Build();
        var truncated = photo[..(photo.Length - 30)];

        var report = new ImageSite().Image("img/cut.jpg", truncated).Scan();

        Assert.Contains(report.Diagnostics, d => d.Code is "CL1001" or "CL1002");
        Assert.False(report.HadToolError);
    }

    [Fact]
    public void Random_bytes_with_a_jpeg_header_never_crash_the_scan()
    {
        var random = new Random(20260601);
        var site = new ImageSite();
        for (var i = 0; i < 40; i++)
        {
            var bytes = new byte[random.Next(4, 4096)];
            random.NextBytes(bytes);
            bytes[0] = 0xFF;
            bytes[1] = 0xD8;
            site.Image($"img/r{i:00}.jpg", bytes);
        }

        var report = site.Scan();

        Assert.False(report.HadToolError);
        Assert.DoesNotContain(report.Diagnostics, d => d.Code == ToolCodes.InternalError);
    }

    [Fact]
    public void A_jpeg_larger_than_the_read_limit_keeps_its_metadata_in_the_bytes_read()
    {
        var photo = new JpegBuilder().Gps('N', 41, 52, 3000, 'W', 87, 37, 1200).BuildWithImageData(ContentLint.Core.Images.ImageFiles.MaxBytes + 1024);

        var report = new ImageSite().Image("img/huge.jpg", photo).Scan();

        Assert.Equal(["img/huge.jpg(1,1,1,1) PHI002 error: Possible address or location of a patient: image metadata (EXIF GPS position)"], ImageSite.Lines(report));
    }
}
