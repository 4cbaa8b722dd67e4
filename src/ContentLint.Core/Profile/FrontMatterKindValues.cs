using ContentLint.Core.Model;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Profile;

/// <summary>The front-matter values that say what a page is, in the order the profiler trusts their keys.</summary>
internal static class FrontMatterKindValues
{
    /// <summary>Most specific first: a page's layout says more than one of its tags.</summary>
    private static readonly string[] Keys = ["layout", "type", "kind", "section", "category", "categories", "tag", "tags"];

    /// <summary>Each value of those keys (items of a list one by one), with its key, lower case.</summary>
    public static IEnumerable<(string Key, string Value)> Of(FrontMatter? frontMatter)
    {
        if (frontMatter is null)
        {
            yield break;
        }

        foreach (var key in Keys)
        {
            var entry = frontMatter.Root.Children.FirstOrDefault(e => e.Key is YamlScalarNode { Value: { } name } && name.Equals(key, StringComparison.OrdinalIgnoreCase));
            var scalars = entry.Value switch
            {
                YamlScalarNode scalar => [scalar],
                // Tags and categories are flat lists: one level is all a page uses.
                YamlSequenceNode sequence => sequence.Children.OfType<YamlScalarNode>(),
                _ => [],
            };
            foreach (var scalar in scalars)
            {
                if (scalar.Value is { Length: > 0 } value)
                {
                    yield return (key, value);
                }
            }
        }
    }
}
