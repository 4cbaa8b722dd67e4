namespace ContentLint.Cli.Tests;

public sealed class ExplainAndRulesTests
{
    [Fact]
    public void Explain_names_the_rule_the_hipaa_citation_and_the_fix()
    {
        using var repo = new TempRepository();

        var run = repo.Run("explain", "phi004");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("PHI004 telephone-number:", run.Out, StringComparison.Ordinal);
        Assert.Contains("164.514(b)(2)(i)(D)", run.Out, StringComparison.Ordinal);
        Assert.Contains("contentlint-disable-next-line PHI004", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_lists_every_safe_harbor_consent_and_web_rule()
    {
        using var repo = new TempRepository();

        var run = repo.Run("rules");

        Assert.Equal(0, run.ExitCode);
        var ids = run.Lines.Select(line => line[..6]).ToList();
        Assert.Equal([.. Enumerable.Range(1, 18).Select(i => $"PHI{i:000}"), "CON001", "CON002", "CON003", "CON004", "CON005",
            .. Enumerable.Range(1, 7).Select(i => $"WEB{i:000}")], ids);
    }
}
