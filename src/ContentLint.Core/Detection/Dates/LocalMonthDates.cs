using System.Collections.Frozen;
using System.Text.RegularExpressions;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Detection.Dates;

/// <summary>
/// Day-and-month dates written in another language on a page known to be in it: "12 de marzo de 2024" (es),
/// "3. März 2024" (de), "1er mars 2024" (fr). The month names are the catalog's data (<c>monthNames.xx</c>); a
/// language without a list has no pattern and its pages are read with the English patterns only. A pattern is built
/// the first time a page in its language is scanned and runs only on such pages: English pages pay nothing for it.
/// </summary>
internal sealed class LocalMonthDates
{
    private const string KeyPrefix = "monthNames.";

    private readonly FrozenDictionary<string, Lazy<Regex>> _patterns;

    public LocalMonthDates(RuleDefinition rule) =>
        _patterns = LanguageLists.Of(rule, KeyPrefix, Pattern);

    /// <summary>
    /// Day, an optional "." (de) or "er" (fr 1er), an optional "de" (es), the month and its abbreviation's period, then
    /// an optional year after an optional comma or "de"/"del" (es). NonBacktracking has no lookahead: that no letter
    /// follows the month is checked on the match (IsStandalone).
    /// </summary>
    private static Regex Pattern(IReadOnlyList<string> months)
    {
        var names = string.Join('|', months.OrderByDescending(m => m.Length).Select(Regex.Escape));
        var pattern = @"\b(?:[0-9]{1,2})(?:\.|er)?\s+(?:de\s+)?(?:" + names + @")\.?(?:,?\s+(?:del?\s+)?(?:1[89]|20)[0-9]{2}\b)?";
        return new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
    }

    /// <summary>Adds the dates of <paramref name="language"/> in <paramref name="text"/> to <paramref name="found"/>; false when that language has no pattern.</summary>
    public bool Find(string? language, string text, List<DateMatch> found)
    {
        if (language is null || !_patterns.TryGetValue(language, out var pattern) || !TextChecks.HasAsciiDigit(text))
        {
            return false;
        }

        var added = false;
        foreach (var match in pattern.Value.EnumerateMatches(text))
        {
            // "le 2 février." ends its sentence: the period is the month's only after an abbreviation ("3. Okt.").
            var end = DateScanner.TrimSentencePeriod(text, match.Index + match.Length);
            if (DateParts.Day(text.AsSpan(match.Index, match.Length)) is >= 1 and <= 31
                && DateScanner.IsStandalone(text, match.Index, end))
            {
                found.Add(new DateMatch(match.Index, end, HasDay: true));
                added = true;
            }
        }

        return added;
    }
}
