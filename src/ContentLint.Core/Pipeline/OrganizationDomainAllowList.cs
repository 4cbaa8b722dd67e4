using ContentLint.Core.Config;
using ContentLint.Core.Detection.Urls;

namespace ContentLint.Core.Pipeline;

/// <summary>
/// The practice's own URLs (PHI014): any URL on an <c>organization.domains</c> entry or its subdomains, and profile
/// URLs whose handle spells the practice's name or domain ("facebook.com/RiversideFamilyDental").
/// </summary>
internal sealed class OrganizationDomainAllowList
{
    private readonly string[] _domains;
    private readonly string[] _handles;

    public OrganizationDomainAllowList(ContentLintConfig config)
    {
        _domains =
        [
            .. config.Organization.Domains.Select(d => d.Trim().TrimStart('.').ToLowerInvariant()),
            .. config.Organization.Emails.Where(e => e.StartsWith("*@", StringComparison.Ordinal)).Select(e => e[2..].ToLowerInvariant()),
        ];
        _handles =
        [
            .. config.Organization.Names.Select(Compact),
            .. _domains.Select(d => Compact(d.Split('.')[0])),
        ];
        _handles = [.. _handles.Where(h => h.Length >= 4).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>True when <paramref name="url"/> is on the practice's domains or is the practice's own profile.</summary>
    public bool IsAllowed(string url)
    {
        if (UrlParts.Parse(url) is not { } parts)
        {
            return false;
        }

        if (IsOrganizationHost(parts.Host))
        {
            return true;
        }

        // A profile is one handle segment, or two after a prefix such as linkedin's "/in/"; deeper paths are records.
        return parts.Segments.Length <= 2 && parts.Segments.Select(Compact).Any(handle => handle.Length > 0 && _handles.Any(h => handle.Contains(h, StringComparison.Ordinal)));
    }

    /// <summary>True when <paramref name="host"/> (a web host or an e-mail domain) is one of the practice's domains or below one.</summary>
    public bool IsOrganizationHost(string host)
    {
        host = host.ToLowerInvariant();
        return _domains.Any(d => host == d || host.EndsWith("." + d, StringComparison.Ordinal));
    }

    private static string Compact(string text) => new([.. text.ToLowerInvariant().Where(char.IsLetterOrDigit)]);
}
