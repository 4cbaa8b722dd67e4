using System.Collections.Frozen;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Detection.Urls;

/// <summary>Tells personal URLs (profiles, fundraisers, personal blogs, portal records) from references and sites.</summary>
internal sealed class UrlClassifier
{
    private readonly FrozenSet<string> _social;
    private readonly FrozenSet<string> _fundraisers;
    private readonly FrozenSet<string> _blogPlatforms;
    private readonly FrozenSet<string> _referenceNames;
    private readonly string[] _referenceSuffixes;
    private readonly string[] _portalWords;
    private readonly FrozenSet<string> _personPathWords;
    private readonly FrozenSet<string> _reservedPaths;

    public UrlClassifier(RuleDefinition rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        _social = Set(rule, "socialSites");
        _fundraisers = Set(rule, "fundraiserSites");
        _blogPlatforms = Set(rule, "blogPlatforms");
        _referenceNames = Set(rule, "referenceSites");
        _referenceSuffixes = [.. rule.GetList("referenceSuffixes").Select(s => s.ToLowerInvariant())];
        _portalWords = [.. rule.GetList("portalWords").Select(s => s.ToLowerInvariant())];
        _personPathWords = Set(rule, "personPathWords");
        _reservedPaths = Set(rule, "socialReservedPaths");
    }

    public PersonalUrlKind Classify(UrlParts url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (IsReference(url))
        {
            return PersonalUrlKind.None;
        }

        var site = url.SiteLabel;
        var first = url.Segments.Length > 0 ? url.Segments[0] : string.Empty;
        if (_fundraisers.Contains(site) && (first.Length > 0 || url.SubLabels.Any()))
        {
            return PersonalUrlKind.Fundraiser;
        }

        if (_social.Contains(site) && IsMainHost(url) && IsProfilePath(url))
        {
            return PersonalUrlKind.SocialProfile;
        }

        if (_blogPlatforms.Contains(site) && (url.SubLabels.Any() || first.StartsWith('@')))
        {
            return PersonalUrlKind.PersonalBlog;
        }

        return IsPortalRecord(url) ? PersonalUrlKind.PortalRecord : PersonalUrlKind.None;
    }

    /// <summary>Journals, government and university sites, encyclopedias: general information, never a patient.</summary>
    public bool IsReference(UrlParts url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return _referenceSuffixes.Any(s => url.Host == s.TrimStart('.') || url.Host.EndsWith(s.StartsWith('.') ? s : "." + s, StringComparison.Ordinal))
            || _referenceNames.Contains(url.SiteLabel);
    }

    /// <summary>"/devon.smiles.daily", "/in/jane-roe", "/@jane": a handle, not a share button, a hashtag or a script.</summary>
    private bool IsProfilePath(UrlParts url)
    {
        var first = url.Segments.Length > 0 ? url.Segments[0] : string.Empty;
        return first.Length > 1 && !_reservedPaths.Contains(first) && !HasFileExtension(first);
    }

    /// <summary>
    /// Profiles live on the site's own host (www., m.); other subdomains are its CDNs and services
    /// (connect.facebook.net serves the Meta Pixel script, not a person's page).
    /// </summary>
    private static bool IsMainHost(UrlParts url) => url.SubLabels.All(label => label is "www" or "m" or "mobile" or "web");

    private static bool HasFileExtension(string segment)
    {
        var dot = segment.LastIndexOf('.');
        return dot > 0 && segment[(dot + 1)..] is "php" or "html" or "htm" or "js" or "css" or "png" or "jpg" or "jpeg" or "gif" or "svg" or "xml" or "json";
    }

    /// <summary>A portal (by host or path word) whose path or query holds a record: "/patients/48213", "?patient=48213".</summary>
    private bool IsPortalRecord(UrlParts url)
    {
        if (!HasPortalWord(url))
        {
            return false;
        }

        for (var i = 0; i + 1 < url.Segments.Length; i++)
        {
            if (_personPathWords.Contains(url.Segments[i]) && url.Segments[i + 1].Any(char.IsAsciiDigit))
            {
                return true;
            }
        }

        return url.Query.Split('&').Any(pair => pair.Split('=') is [var key, var value]
            && _personPathWords.Contains(key.ToLowerInvariant()) && value.Count(char.IsAsciiDigit) >= 3);
    }

    /// <summary>A portal word in a host label or a path segment. Plain loops: lambdas here made closures for every URL.</summary>
    private bool HasPortalWord(UrlParts url)
    {
        foreach (var word in _portalWords)
        {
            if (AnyContains(url.Labels, word) || AnyContains(url.Segments, word))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyContains(string[] parts, string word)
    {
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i].Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static FrozenSet<string> Set(RuleDefinition rule, string key) =>
        rule.GetList(key).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
