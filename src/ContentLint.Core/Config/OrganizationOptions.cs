namespace ContentLint.Core.Config;

/// <summary>The practice's own public details (<c>organization:</c>), which are never reported as PHI.</summary>
/// <param name="Names">The practice's names.</param>
/// <param name="Phones">Telephone numbers, matched by their digits whatever the formatting.</param>
/// <param name="Faxes">Fax numbers, matched by their digits.</param>
/// <param name="Emails">E-mail addresses; <c>*@domain</c> allows every address at that domain.</param>
/// <param name="Addresses">Street addresses.</param>
/// <param name="Domains">Web domains.</param>
public sealed record OrganizationOptions(
    IReadOnlyList<string> Names,
    IReadOnlyList<string> Phones,
    IReadOnlyList<string> Faxes,
    IReadOnlyList<string> Emails,
    IReadOnlyList<string> Addresses,
    IReadOnlyList<string> Domains)
{
    /// <summary>No organization details.</summary>
    public static OrganizationOptions Empty { get; } = new([], [], [], [], [], []);
}
