using System.Text.RegularExpressions;
using ContentLint.Core.Config;
using ContentLint.Core.Rules;
using Xunit.Abstractions;

namespace ContentLint.Cli.Tests.Corpus;

/// <summary>
/// <c>contentlint init</c> on each corpus site with its own configuration removed (issue 4): it proposes the
/// practice's phones and e-mails of the original file, and a scan with the generated file, accepted as is,
/// reports nothing on the practice's own contact details.
/// </summary>
public sealed class InitOnCorpusTests(CorpusRun run, ITestOutputHelper output) : IClassFixture<CorpusRun>
{
    [Fact]
    public void Init_learns_each_sites_own_contact_details()
    {
        if (run.Data is not { } data || CorpusLocator.ExpectedCorpusPath(CorpusLocator.FindRepositoryRoot()) is not { } corpus)
        {
            output.WriteLine(run.NotFoundMessage ?? "corpus not found");
            return;
        }

        foreach (var site in data.Sites)
        {
            var root = Path.Combine(Path.GetTempPath(), "contentlint-init", Guid.NewGuid().ToString("N"));
            try
            {
                CorpusScanner.CopySite(Path.Combine(corpus, "sites", site), root);
                var original = ConfigLoader.Load(Path.Combine(root, ".contentlint.yml"), RuleCatalog.Default.Ids);
                File.Delete(Path.Combine(root, ".contentlint.yml"));
                Directory.CreateDirectory(Path.Combine(root, ".git"));

                Assert.Equal(0, CliApp.Run(["init"], new StringWriter(), new StringWriter(), root));
                var generated = ConfigLoader.Load(Path.Combine(root, ".contentlint.yml"), RuleCatalog.Default.Ids);
                var proposedNumbers = generated.Organization.Phones.Concat(generated.Organization.Faxes).Select(Digits).ToHashSet();
                Assert.All(original.Organization.Phones, phone => Assert.Contains(Digits(phone), proposedNumbers));
                Assert.All(original.Organization.Emails, email => Assert.True(
                    generated.Organization.Emails.Contains(email) || generated.Organization.Emails.Contains("*@" + email[(email.IndexOf('@') + 1)..]),
                    $"{site}: an organization e-mail of the original configuration was not proposed"));

                var stdout = new StringWriter();
                CliApp.Run(["scan", "--format", "json", "--fail-on", "never"], stdout, new StringWriter(), root);
                var results = CorpusScanner.Parse(site, stdout.ToString()).Results;
                var organizationNegatives = data.Negatives.Where(n => n.Site == site && CorpusThresholds.OrganizationContactKinds.Contains(n.Kind)).ToList();
                var hits = CorpusMatcher.NegativeHits(results, organizationNegatives).ToList();
                output.WriteLine($"{site}: {generated.Organization.Phones.Count} phones, {generated.Organization.Faxes.Count} faxes, {generated.Organization.Emails.Count} e-mails proposed; {hits.Count} of {organizationNegatives.Count} organization contact negatives reported");
                Assert.Empty(hits);
            }
            finally
            {
                CorpusScanner.TryDelete(root);
            }
        }
    }

    private static string Digits(string phone) => Regex.Replace(phone, "[^0-9]", string.Empty);
}
