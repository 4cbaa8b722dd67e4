using ContentLint.Core.Model;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Detection.Context;

/// <summary>
/// Whether a page is a patient story, testimonial, case study or before/after gallery, judged by its path and by its
/// front matter's <c>layout</c>, <c>type</c>, <c>tags</c>, <c>categories</c> and <c>section</c> values.
/// </summary>
internal static class PatientPage
{
    /// <summary>Texts up to this long are folded on the stack when they are ASCII.</summary>
    private const int MaxStackLength = 256;

    private static readonly string[] Keys = ["layout", "type", "tags", "tag", "categories", "category", "section", "kind"];

    /// <summary>True when a path or front-matter value contains one of <paramref name="cues"/> (lower case, words joined by '-').</summary>
    public static bool Matches(ContentDocument document, IReadOnlyList<string> cues)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(cues);
        if (ContainsCue(document.File.Path, cues))
        {
            return true;
        }

        if (document.FrontMatter is not { } frontMatter)
        {
            return false;
        }

        foreach (var (key, value) in frontMatter.Root.Children)
        {
            if (key is YamlScalarNode { Value: { } name } && Keys.Contains(name.ToLowerInvariant()) && ValueHasCue(value, cues))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ValueHasCue(YamlNode value, IReadOnlyList<string> cues) => value switch
    {
        YamlScalarNode { Value: { } text } => ContainsCue(text, cues),
        // Tags and categories are flat lists: one level is all a page uses.
        YamlSequenceNode list => AnyItemHasCue(list.Children, cues),
        _ => false,
    };

    /// <summary>An indexed loop: OfType and Any made an iterator, a closure and an enumerator for every list value.</summary>
    private static bool AnyItemHasCue(IList<YamlNode> items, IReadOnlyList<string> cues)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is YamlScalarNode { Value: { } text } && ContainsCue(text, cues))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool ContainsCue(string text, IReadOnlyList<string> cues)
    {
        // Every page's path comes here for several detectors: ASCII text is folded on the stack, without the three
        // strings of the general path.
        if (text.Length <= MaxStackLength && System.Text.Ascii.IsValid(text))
        {
            Span<char> folded = stackalloc char[MaxStackLength];
            for (var i = 0; i < text.Length; i++)
            {
                folded[i] = text[i] is ' ' or '_' ? '-' : char.ToLowerInvariant(text[i]);
            }

            return ContainsAny(folded[..text.Length], cues);
        }

        return ContainsCueAnyText(text, cues);
    }

    /// <summary>The definition the ASCII path of <see cref="ContainsCue"/> follows; the only path for other text.</summary>
    internal static bool ContainsCueAnyText(string text, IReadOnlyList<string> cues) =>
        // "Patient Stories", "patient_stories" and "patient-stories" read alike.
        ContainsAny(text.ToLowerInvariant().Replace(' ', '-').Replace('_', '-'), cues);

    /// <summary>A plain loop: a lambda over the text made a closure each time.</summary>
    private static bool ContainsAny(ReadOnlySpan<char> normalized, IReadOnlyList<string> cues)
    {
        for (var i = 0; i < cues.Count; i++)
        {
            if (normalized.Contains(cues[i], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
