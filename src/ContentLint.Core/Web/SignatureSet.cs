using System.Collections.Frozen;

namespace ContentLint.Core.Web;

/// <summary>
/// Every signature of rules/web/*.yml (embedded in this assembly), indexed once so that a page costs lookups, not
/// loops over signatures: URLs by host suffix, snippets and text through one multi-string search each (linear in the
/// text), elements by tag name, class and id.
/// </summary>
internal sealed class SignatureSet
{
    private const string ResourcePrefix = "ContentLint.rules.web.";

    private static readonly Lazy<SignatureSet> LazyDefault = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, (UrlPattern Pattern, WebSignature Signature)[]> _byHost;
    private readonly PhraseIndex _snippets;
    private readonly PhraseIndex _text;
    private readonly FrozenDictionary<string, (ElementMarker Marker, WebSignature Signature)[]> _elements;

    public SignatureSet(IReadOnlyList<WebSignature> signatures)
    {
        Signatures = signatures;
        var duplicate = signatures.GroupBy(s => s.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidDataException($"rules/web: signature {duplicate.Key} is defined twice.");
        }

        _byHost = signatures.SelectMany(s => s.Urls.Select(u => (Pattern: u, Signature: s)))
            .GroupBy(x => x.Pattern.Host, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _snippets = new PhraseIndex(signatures.SelectMany(s => s.Snippets.Select(p => (p, s))));
        _text = new PhraseIndex(signatures.SelectMany(s => s.Text.Select(p => (p, s))));
        _elements = signatures.SelectMany(s => s.Elements.Select(m => (Marker: m, Signature: s)))
            .GroupBy(x => ElementKey(x.Marker), StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The built-in signatures, loaded once on first use.</summary>
    public static SignatureSet Default => LazyDefault.Value;

    public IReadOnlyList<WebSignature> Signatures { get; }

    /// <summary>The signatures whose URL patterns match <paramref name="url"/>.</summary>
    public IEnumerable<WebSignature> MatchUrl(string url)
    {
        if (!WebUrl.TryParse(url, out var parsed))
        {
            yield break;
        }

        foreach (var host in parsed.HostSuffixes())
        {
            if (_byHost.TryGetValue(host, out var entries))
            {
                foreach (var (pattern, signature) in entries)
                {
                    if (pattern.MatchesPath(parsed))
                    {
                        yield return signature;
                    }
                }
            }
        }
    }

    /// <summary>Every snippet occurrence in <paramref name="text"/>[<paramref name="start"/>, <paramref name="end"/>).</summary>
    public IEnumerable<(int Start, int Length, WebSignature Signature)> FindSnippets(string text, int start, int end) => _snippets.FindAll(text, start, end);

    /// <summary>Every page-text occurrence (shortcodes) in <paramref name="text"/>[<paramref name="start"/>, <paramref name="end"/>).</summary>
    public IEnumerable<(int Start, int Length, WebSignature Signature)> FindText(string text, int start, int end) => _text.FindAll(text, start, end);

    /// <summary>True when some signature has page-text patterns at all (lets a page skip the search).</summary>
    public bool HasText => _text.Count > 0;

    /// <summary>The signatures whose element selector matches <paramref name="tag"/>.</summary>
    public IEnumerable<WebSignature> MatchElement(MarkupTag tag)
    {
        var keys = new List<string> { "tag:" + tag.Name };
        keys.AddRange(tag.Classes.Select(c => "class:" + c));
        if (tag.Attribute("id")?.Value.Trim() is { Length: > 0 } id)
        {
            keys.Add("id:" + id);
        }

        keys.AddRange(tag.Attributes.Select(a => "attr:" + a.Name));
        return keys.Distinct(StringComparer.Ordinal)
            .SelectMany(key => _elements.TryGetValue(key, out var entries) ? entries : [])
            .Where(entry => entry.Marker.Matches(tag))
            .Select(entry => entry.Signature)
            .Distinct();
    }

    private static string ElementKey(ElementMarker marker) =>
        marker.Class is { } c ? "class:" + c : marker.Id is { } id ? "id:" + id : marker.Attribute is { } a ? "attr:" + a : "tag:" + marker.Tag;

    private static SignatureSet LoadEmbedded()
    {
        var assembly = typeof(SignatureSet).Assembly;
        var signatures = new List<WebSignature>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            signatures.AddRange(SignatureReader.Read(reader.ReadToEnd(), name[ResourcePrefix.Length..]));
        }

        return signatures.Count > 0
            ? new SignatureSet(signatures)
            : throw new InvalidOperationException("The rules/web signature files are not embedded in ContentLint.Core.");
    }
}
