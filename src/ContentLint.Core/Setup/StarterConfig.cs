namespace ContentLint.Core.Setup;

/// <summary>What <c>contentlint init</c> learned about a site, to be written as a commented <c>.contentlint.yml</c>.</summary>
public sealed record StarterConfig(
    SiteGenerator Generator,
    IReadOnlyList<Proposal> Names,
    IReadOnlyList<Proposal> Phones,
    IReadOnlyList<Proposal> Faxes,
    IReadOnlyList<Proposal> Emails,
    IReadOnlyList<Proposal> Domains,
    IReadOnlyList<Proposal> Staff,
    IReadOnlyList<Proposal> ConsentPaths);
