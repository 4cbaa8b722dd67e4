using System.Text.RegularExpressions;
using ContentLint.Core.Model;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Profile;

/// <summary>
/// A page's language, most reliable first: the HTML <c>lang</c> attribute, front matter <c>lang</c>/<c>language</c>/
/// <c>locale</c>, a language folder or file-name suffix, else the function words of its prose (docs/page-profile.md).
/// </summary>
internal static class PageLanguage
{
    /// <summary>Prose decides only with at least this many function words of the leading language...</summary>
    internal const int MinimumFunctionWords = 8;

    /// <summary>Counting stops once the leading language has this many and leads clearly.</summary>
    internal const int SureFunctionWords = 6 * MinimumFunctionWords;

    /// <summary>...and at least this many times as many as the next language has.</summary>
    internal const int LeadFactor = 3;

    /// <summary>
    /// A page's language shows in its first words: counting the first thousand decides as well as counting them all,
    /// and counting up to five thousand cost a tenth of a whole site scan (docs/performance.md, issue 18).
    /// </summary>
    internal const int MaximumWordsCounted = 1000;

    /// <summary>The <c>html</c> element opens a page, after at most a doctype and a few comments.</summary>
    private const int HtmlTagSearchLength = 64 * 1024;

    private static readonly string[] FrontMatterKeys = ["lang", "language", "locale"];

    private static readonly Regex HtmlLang = new(
        @"<html\b[^>]*\blang\s*=\s*[""']?\s*([A-Za-z]{2,3})\b",
        RegexOptions.IgnoreCase | RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    /// <summary>The two-letter code and what decided it, or (null, null).</summary>
    public static (string? Code, string? Evidence) Of(ContentDocument document, PagePath path, PageKindData data)
    {
        var text = document.File.Text;
        if (HtmlLang.Match(text, 0, Math.Min(text.Length, HtmlTagSearchLength)) is { Success: true } html && TwoLetters(html.Groups[1].Value) is { } declared)
        {
            return (declared, "html lang");
        }

        foreach (var key in FrontMatterKeys)
        {
            if (document.FrontMatter?.Root.Children.FirstOrDefault(e => e.Key is YamlScalarNode { Value: { } k } && k == key).Value is YamlScalarNode { Value: { } value }
                && TwoLetters(value) is { } code)
            {
                return (code, $"front matter {key}");
            }
        }

        // A folder such as "de" or "pt-br", closest to the file first.
        for (var i = path.FolderNames.Count - 1; i >= 0; i--)
        {
            if (TwoLetters(path.FolderNames[i]) is { } code && data.LanguageCodes.Contains(code) && path.FolderNames[i] is { Length: 2 or 5 })
            {
                return (code, $"path folder '{code}'");
            }
        }

        if (path.FileLanguage is { } suffix)
        {
            return (suffix, $"file name suffix '.{suffix}'");
        }

        return FromFunctionWords(document, data) is { } counted ? (counted, "function words") : (null, null);
    }

    /// <summary>The leading language of the page's prose when it clearly leads, else null.</summary>
    internal static string? FromFunctionWords(ContentDocument document, PageKindData data)
    {
        var functionWords = data.FunctionWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var seen = 0;
        foreach (var segment in document.Segments)
        {
            if (segment.Kind is not (RegionKind.Prose or RegionKind.Heading or RegionKind.HtmlText or RegionKind.TableCell or RegionKind.DataValue) || segment.Name == "title")
            {
                continue;
            }

            var text = segment.Text.AsSpan();
            var start = -1;
            for (var i = 0; i <= text.Length; i++)
            {
                var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
                if (inWord && start < 0)
                {
                    start = i;
                }
                else if (!inWord && start >= 0)
                {
                    // The lists are case-insensitive: "Und" at a sentence start is "und".
                    if (functionWords.TryGetValue(text[start..i], out var code)
                        && (counts[code] = counts.GetValueOrDefault(code) + 1) >= SureFunctionWords && Leader(counts) == code)
                    {
                        return code; // the answer can no longer change much: most pages decide in their first lines
                    }

                    start = -1;
                    if (++seen >= MaximumWordsCounted)
                    {
                        return Leader(counts);
                    }
                }
            }
        }

        return Leader(counts);
    }

    /// <summary>The language with the most function words, when it clearly leads.</summary>
    private static string? Leader(Dictionary<string, int> counts)
    {
        var ranked = counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).ToList();
        if (ranked.Count == 0 || ranked[0].Value < MinimumFunctionWords)
        {
            return null;
        }

        var second = ranked.Count > 1 ? ranked[1].Value : 0;
        return ranked[0].Value >= LeadFactor * second ? ranked[0].Key : null;
    }

    /// <summary>"de", "de-DE", "de_AT" → "de"; anything not starting with a two-letter code → null.</summary>
    private static string? TwoLetters(string value)
    {
        var text = value.Trim();
        var end = 0;
        while (end < text.Length && char.IsAsciiLetter(text[end]))
        {
            end++;
        }

        var separated = end == text.Length || text[end] is '-' or '_';
        return end == 2 && separated ? text[..2].ToLowerInvariant() : null;
    }
}
