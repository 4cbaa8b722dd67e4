namespace ContentLint.Git.Tests.Selection;

/// <summary>
/// A configuration file kept in a folder that does not hold the scan, such as <c>.github/</c> (the Action's
/// <c>config:</c> input), has its globs matched from the repository root, in every mode; a discovered file keeps its
/// own folder (docs/configuration.md, "Where globs start").
/// </summary>
public sealed class ConfigOutsideRootTests : IDisposable
{
    private const string Config = "exclude: [\"drafts/**\"]\nconsent:\n  required_paths: []\n";

    private readonly GitRepo _repo = new();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void A_config_in_dot_github_scans_the_pages_of_the_whole_repository()
    {
        _repo.Write(".github/contentlint.yml", Config);
        _repo.Write("content/a.md", Pages.WithPhone);

        var result = CliRunner.Run(_repo, "scan", "--config", ".github/contentlint.yml");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.FindingLines, line => line.StartsWith(Pages.PhoneFinding("content/a.md", 5), StringComparison.Ordinal));
        Assert.Contains("in 1 file scanned", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Include_and_exclude_of_a_config_in_dot_github_are_relative_to_the_repository_root()
    {
        _repo.Write(".github/contentlint.yml", "include: [\"content/**/*.md\"]\nexclude: [\"content/drafts/**\"]\n");
        _repo.Write("content/a.md", Pages.WithPhone);
        _repo.Write("content/drafts/b.md", Pages.WithPhone);
        _repo.Write("other/c.md", Pages.WithPhone);

        var result = CliRunner.Run(_repo, "scan", "--config", ".github/contentlint.yml");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["content/a.md"], result.FindingLines.Select(line => line[..line.IndexOf('(', StringComparison.Ordinal)]).Distinct());
    }

    [Fact]
    public void A_config_in_dot_github_scans_the_staged_pages_of_the_whole_repository()
    {
        _repo.Write(".github/contentlint.yml", Config);
        _repo.Write("content/a.md", Pages.WithPhone);
        _repo.Git("add", ".");

        var result = CliRunner.Run(_repo, "scan", "--staged", "--config", ".github/contentlint.yml");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.FindingLines, line => line.StartsWith(Pages.PhoneFinding("content/a.md", 5), StringComparison.Ordinal));
    }

    [Fact]
    public void A_config_in_dot_github_scans_the_changed_pages_of_a_diff()
    {
        _repo.Write(".github/contentlint.yml", Config);
        _repo.Write("README.md", "A clinic site.\n");
        _repo.Git("add", ".");
        var first = _repo.CommitWithoutHook("start");
        _repo.Write("content/a.md", Pages.WithPhone);
        _repo.Git("add", ".");
        _repo.CommitWithoutHook("page");

        var result = CliRunner.Run(_repo, "scan", "--diff", first + "..HEAD", "--config", ".github/contentlint.yml");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.FindingLines, line => line.StartsWith(Pages.PhoneFinding("content/a.md", 5), StringComparison.Ordinal));
    }

    [Fact]
    public void A_config_in_a_subfolder_named_from_the_root_matches_from_the_repository_root()
    {
        _repo.Write("site/contentlint.yml", "include: [\"site/pages/**/*.md\"]\n");
        _repo.Write("site/pages/a.md", Pages.WithPhone);

        var result = CliRunner.Run(_repo, "scan", "--config", "site/contentlint.yml");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.FindingLines, line => line.StartsWith(Pages.PhoneFinding("site/pages/a.md", 5), StringComparison.Ordinal));
    }

    [Fact]
    public void A_discovered_config_in_a_site_subfolder_keeps_matching_from_its_own_folder()
    {
        _repo.Write("site/.contentlint.yml", "include: [\"pages/**/*.md\"]\n");
        _repo.Write("site/pages/a.md", Pages.WithPhone);

        var fromSite = CliRunner.Run(Path.Combine(_repo.Root, "site"), null, "scan");
        var withPath = CliRunner.Run(_repo, "scan", "site");

        Assert.Contains(fromSite.FindingLines, line => line.StartsWith(Pages.PhoneFinding("site/pages/a.md", 5), StringComparison.Ordinal));
        Assert.Equal(fromSite.FindingLines, withPath.FindingLines);
    }
}
