using ContentLint.Core.Config;

namespace ContentLint.Core.Tests.Config;

public sealed class WebConfigTests
{
    [Fact]
    public void Web_keys_load_processors_as_hosts_and_globs_relative_to_the_file()
    {
        var config = ConfigLoader.Load(ConfigFixtures.Valid("web.yml"), ConfigFixtures.KnownRuleIds);

        Assert.Equal(["secure-forms.example", "hipaa-vendor.example", "intake.forms-baa.example"], config.Processors);
        Assert.Equal(["pages/book/**", "**/*portal*"], config.Web.PatientPages.Select(g => g.Pattern));
        Assert.Equal("content/privacy.md", config.Web.PolicyPage);
        Assert.Equal(["static/**/*.jpg"], config.Images.Select(g => g.Pattern));
    }

    [Fact]
    public void Defaults_cover_patient_facing_pages_and_common_image_formats()
    {
        var config = ContentLintConfig.Default("/repo");

        Assert.Empty(config.Processors);
        Assert.Null(config.Web.PolicyPage);
        Assert.Contains(config.Web.PatientPages, g => g.IsMatch("content/appointments/index.md"));
        Assert.Contains(config.Web.PatientPages, g => g.IsMatch("book-online.html"));
        Assert.Contains(config.Web.PatientPages, g => g.IsMatch("pages/patient-portal.md"));
        Assert.Contains(config.Web.PatientPages, g => g.IsMatch("content/symptoms/knee-pain.md"));
        Assert.DoesNotContain(config.Web.PatientPages, g => g.IsMatch("content/blog/stretching.md"));
        Assert.Contains(config.Images, g => g.IsMatch("static/img/IMG_0042.JPG"));
        Assert.Contains(config.Images, g => g.IsMatch("content/post/photo.webp"));
        Assert.DoesNotContain(config.Images, g => g.IsMatch("static/logo.svg"));
    }

    [Fact]
    public void An_empty_images_list_turns_image_scanning_off()
    {
        var config = ConfigLoader.Parse("images: []\n", "x.yml", "/repo", ConfigFixtures.KnownRuleIds);

        Assert.Empty(config.Images);
    }

    [Theory]
    [InlineData("forms.example.com", "forms.example.com")]
    [InlineData("*.Vendor.example", "vendor.example")]
    [InlineData("https://secure.example.org:8443/forms/x", "secure.example.org")]
    [InlineData("localhost", null)]
    [InlineData("two words.example", null)]
    public void Processor_entries_are_host_names_or_urls(string entry, string? host) =>
        Assert.Equal(host, ProcessorHosts.Normalize(entry));
}
