using ContentLint.Core.Model;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Consent;

/// <summary>The front-matter marker values that say what a page is; a CON001 marker makes it a patient story (CONTRACT §6, docs/page-profile.md).</summary>
internal static class ConsentRequirement
{
    private static readonly string[] MarkerKeys = ["layout", "type", "kind", "category", "categories", "tags", "tag"];

    /// <summary>The normalized values of the front-matter keys that mark what a page is (layout, type, tags, ...).</summary>
    internal static IEnumerable<string> MarkerValues(FrontMatter frontMatter)
    {
        foreach (var (key, value) in frontMatter.Root.Children)
        {
            if (key is not YamlScalarNode { Value: { } name } || !MarkerKeys.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            var scalars = value switch
            {
                YamlScalarNode scalar => [scalar],
                YamlSequenceNode sequence => sequence.Children.OfType<YamlScalarNode>(),
                _ => [],
            };
            foreach (var scalar in scalars)
            {
                if (scalar.Value is { Length: > 0 } text)
                {
                    yield return Normalize(text);
                }
            }
        }
    }

    /// <summary>"Patient Stories", "patient_story" and "patient-story" are one marker.</summary>
    public static string Normalize(string text)
    {
        if (text.Length <= MarkerText.MaxStackLength)
        {
            Span<char> buffer = stackalloc char[MarkerText.MaxStackLength];
            if (MarkerText.TryNormalizeAscii(text, dotIsSpace: false, buffer, out var length))
            {
                // Most markers are normalized already ("post", "blog"): the text itself is the answer.
                return buffer[..length].SequenceEqual(text) ? text : new string(buffer[..length]);
            }
        }

        return NormalizeAnyText(text);
    }

    /// <summary>The definition <see cref="MarkerText"/> follows for ASCII; the only path for other text.</summary>
    internal static string NormalizeAnyText(string text) =>
        string.Join('-', text.Trim().ToLowerInvariant().Split((char[])[' ', '_', '-', '/'], StringSplitOptions.RemoveEmptyEntries));
}
