using ContentLint.Core.Config;
using ContentLint.Core.Model;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Consent;

/// <summary>Whether a page needs consent by its path or by what its front matter says it is (CONTRACT §6).</summary>
internal static class ConsentRequirement
{
    private static readonly string[] MarkerKeys = ["layout", "type", "kind", "category", "categories", "tags", "tag"];

    /// <param name="configRelativePath">The page's path relative to the configuration's base folder.</param>
    /// <param name="markers">Normalized marker words (catalog data of CON001), e.g. <c>testimonial</c>, <c>case-study</c>.</param>
    public static bool ByPathOrMarker(string configRelativePath, FrontMatter? frontMatter, ContentLintConfig config, IReadOnlyList<string> markers) =>
        config.Consent.RequiredPaths.Any(glob => glob.IsMatch(configRelativePath))
        || (frontMatter is not null && MarkerValues(frontMatter).Any(value => markers.Contains(value, StringComparer.Ordinal)));

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
