namespace ContentLint.Cli.Tests;

public sealed class InitCommandTests
{
    private static TempRepository HugoSite()
    {
        var repo = new TempRepository();
        repo.Write("hugo.toml", "baseURL = \"https://www.smiles.example/\"\ntitle = \"Smiles Dental\"\n[params]\n  phone = \"(303) 555-0100\"\n");
        for (var i = 1; i <= 3; i++)
        {
            repo.Write($"content/blog/post{i}.md", $"# Post {i}\n\nBook at (303) 555-0100, fax (303) 555-0101, or write to desk@smiles.example.\n");
        }

        repo.Write("content/blog/about.md", "Questions? privacy@smiles.example, fax (303) 555-0101.\n");
        repo.Write("content/testimonials/kim.md", "---\nlayout: testimonial\n---\n\nText me at 720-555-0142 or kim.lee@mailbox.example.\n");
        return repo;
    }

    [Fact]
    public void Init_proposes_repeated_and_configured_contact_details_but_not_a_patients()
    {
        using var repo = HugoSite();

        var run = repo.Run("init");

        Assert.Equal(0, run.ExitCode);
        var config = File.ReadAllText(Path.Combine(repo.Root, ".contentlint.yml"));
        Assert.Contains("# Site generator: Hugo", config, StringComparison.Ordinal);
        Assert.Contains("    - \"(303) 555-0100\"   # review: in hugo.toml", config, StringComparison.Ordinal);
        Assert.Contains("    - \"(303) 555-0101\"   # review: on 4 pages", config, StringComparison.Ordinal);
        Assert.Contains("    - \"*@smiles.example\"   # review: in hugo.toml", config, StringComparison.Ordinal);
        Assert.Contains("    - \"content/testimonials/**\"", config, StringComparison.Ordinal);
        Assert.DoesNotContain("0142", config, StringComparison.Ordinal);
        Assert.DoesNotContain("kim.lee", config, StringComparison.Ordinal);
        Assert.DoesNotContain("555-01", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_with_the_generated_config_reports_only_the_patient()
    {
        using var repo = HugoSite();
        repo.Run("init");

        var run = repo.Run("scan");

        Assert.Equal(
            ["content/testimonials/kim.md(1,1,1,1): error CON001", "content/testimonials/kim.md(5,12,5,24): error PHI004", "content/testimonials/kim.md(5,28,5,51): error PHI006"],
            run.Lines.Where(line => !line.Contains(" PHI001", StringComparison.Ordinal)).Select(line => string.Join(':', line.Split(':').Take(2))));
    }

    [Fact]
    public void Init_never_overwrites_without_force()
    {
        using var repo = HugoSite();
        repo.Write(".contentlint.yml", "rules: {}\n");

        var refused = repo.Run("init");
        var forced = repo.Run("init", "--force");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("--force", refused.Error, StringComparison.Ordinal);
        Assert.Equal(0, forced.ExitCode);
        Assert.Contains("organization:", File.ReadAllText(Path.Combine(repo.Root, ".contentlint.yml")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("_config.yml", "Jekyll")]
    [InlineData(".eleventy.js", "Eleventy")]
    [InlineData("astro.config.mjs", "Astro")]
    [InlineData("docusaurus.config.js", "Docusaurus")]
    [InlineData("index.html", "plain HTML")]
    public void Init_recognizes_the_site_generator(string marker, string generator)
    {
        using var repo = new TempRepository();
        repo.Write(marker, "x\n");

        repo.Run("init");

        Assert.Contains($"# Site generator: {generator}", File.ReadAllText(Path.Combine(repo.Root, ".contentlint.yml")), StringComparison.Ordinal);
    }

    [Fact]
    public void Generated_config_loads_without_errors()
    {
        using var repo = new TempRepository();
        repo.Write("index.html", "<p>Hello</p>\n");
        repo.Run("init");

        var run = repo.Run("scan");

        Assert.Equal(0, run.ExitCode);
    }
}
