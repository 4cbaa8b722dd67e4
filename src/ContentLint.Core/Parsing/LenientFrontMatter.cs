using ContentLint.Core.Model;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Parsing;

/// <summary>
/// Front matter that YamlDotNet refuses, read line by line with <see cref="LenientYamlReader"/> as site generators
/// read it: every value becomes a front-matter segment named by its key path, and the top-level keys (scalars, and
/// lists of scalars) make the header the page profile reads (<c>title</c>, <c>layout</c>, <c>tags</c>). A
/// <c>consent</c> block is left out of that header: it cannot be checked without a strict reading.
/// </summary>
internal static class LenientFrontMatter
{
    /// <summary>The header and whether a consent key was met, or null when some line is no key, item or value under a key.</summary>
    public static (FrontMatter FrontMatter, bool HasConsent)? Read(string text, (int Start, int End, int ContentStart, int ContentEnd) block, List<Segment> segments)
    {
        // The reader takes a whole text: everything outside the header is blanked, so offsets stay the file's.
        var header = string.Create(text.Length, (text, block.ContentStart, block.ContentEnd), static (span, state) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                var c = state.text[i];
                span[i] = i >= state.ContentStart && i < state.ContentEnd || c is '\n' or '\r' ? c : ' ';
            }
        });
        var values = new List<Segment>();
        LenientYamlReader.Read(header, values);
        // A line that is no key, no list item and under no key, or a list or mapping in brackets left open, is one no
        // generator reads either.
        if (values.Count == 0 || values.Exists(v => v.Name is null || IsUnclosedFlow(v.Text)))
        {
            return null;
        }

        var root = new YamlMappingNode();
        var hasConsent = false;
        foreach (var group in values.GroupBy(v => v.Name!, StringComparer.Ordinal))
        {
            var key = group.Key;
            hasConsent |= LenientYamlReader.IsConsentPath(key);
            if (key.Contains('.', StringComparison.Ordinal) || key.Contains('[', StringComparison.Ordinal) || LenientYamlReader.IsConsentPath(key))
            {
                continue;
            }

            var texts = group.Select(v => v.Text).ToList();
            root.Add(key, texts.Count == 1 ? new YamlScalarNode(texts[0]) : new YamlSequenceNode(texts.Select(t => new YamlScalarNode(t))));
        }

        segments.AddRange(values.Select(v => v with { Kind = RegionKind.FrontMatterValue }));
        return (new FrontMatter(root, block.Start, block.End, block.ContentStart), hasConsent);
    }

    /// <summary><c>[a, b</c> or <c>{a: b</c>: a flow collection that does not close on its line.</summary>
    private static bool IsUnclosedFlow(string value)
    {
        var trimmed = value.AsSpan().Trim();
        return trimmed.Length > 0 && ((trimmed[0] == '[' && trimmed[^1] != ']') || (trimmed[0] == '{' && trimmed[^1] != '}'));
    }
}
