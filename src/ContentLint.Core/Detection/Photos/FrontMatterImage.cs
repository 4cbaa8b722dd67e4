using ContentLint.Core.Model;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Detection.Photos;

/// <summary>
/// A front-matter value that names a picture of the page (<c>image: /img/ana.jpg</c>, <c>photos[0]</c>,
/// <c>cover.src</c>): a testimonial's photo is often given only there, without alt text.
/// </summary>
internal sealed class FrontMatterImage(RuleDefinition rule)
{
    private static readonly string[] SourceKeys = ["src", "url", "path", "file", "image"];

    private readonly HashSet<string> _keys = new(rule.GetList("frontMatterImageKeys"), StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _extensions = new(rule.GetList("imageExtensions"), StringComparer.OrdinalIgnoreCase);

    /// <summary>The value as an image without alt text, or null when its key or its value is not a picture's.</summary>
    public ImageParts? Read(Segment segment)
    {
        if (segment.Name is not { } path || !IsImageKey(path) || !HasImageExtension(segment.Text.Trim()))
        {
            return null;
        }

        return new ImageParts(string.Empty, string.Empty, segment.Text.Trim());
    }

    /// <summary>"image", "photos[2]", "cover.src": the last key, or the one before a plain source key.</summary>
    private bool IsImageKey(string path)
    {
        var parts = path.Split('.');
        var last = WithoutIndex(parts[^1]);
        if (_keys.Contains(last))
        {
            return true;
        }

        return parts.Length > 1 && SourceKeys.Contains(last, StringComparer.OrdinalIgnoreCase) && _keys.Contains(WithoutIndex(parts[^2]));
    }

    private static string WithoutIndex(string key)
    {
        var bracket = key.IndexOf('[', StringComparison.Ordinal);
        return bracket >= 0 ? key[..bracket] : key;
    }

    private bool HasImageExtension(string value)
    {
        var cut = value.IndexOfAny(['?', '#']);
        var file = cut >= 0 ? value[..cut] : value;
        var dot = file.LastIndexOf('.');
        return dot > 0 && dot > file.LastIndexOf('/') && _extensions.Contains(file[(dot + 1)..]);
    }
}
