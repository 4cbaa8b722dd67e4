using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using ContentLint.Core.Model;

namespace ContentLint.Core.Detection.Identifiers;

/// <summary>
/// Values named by their key rather than by a caption in prose: HTML attributes (<c>data-mrn</c>), front-matter
/// keys, and string literals assigned to a property in a script (<c>subscriberSsn: "078051120"</c>). Scripts
/// are not prose, but a demo object pasted into a page ships its patient data all the same.
/// </summary>
internal static class KeyedValueFinder
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    // key: "value" | key = 'value' | "key": 12345 — keys and values are short, so the match stays bounded.
    private static readonly Regex Assignment = new(
        @"(?:[A-Za-z_$][A-Za-z0-9_$]{0,40}|""[A-Za-z0-9_ $-]{1,40}""|'[A-Za-z0-9_ $-]{1,40}')[ \t]*[:=][ \t]*(?:""[^""\r\n]{1,64}""|'[^'\r\n]{1,64}'|[0-9]{4,20})",
        Options);

    private static readonly SearchValues<char> PlainKeyChars = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789");

    /// <summary>
    /// Replaces the contents of <paramref name="found"/> with the keyed values of <paramref name="segment"/>. The
    /// detector keeps one list for all segments: an attribute or front-matter value, the usual segment here, made a
    /// one-element collection and its enumerator before.
    /// </summary>
    public static void Find(Segment segment, List<KeyedValue> found)
    {
        found.Clear();
        switch (segment.Kind)
        {
            case RegionKind.Attribute when segment.Name is { } name:
                AddWhole(segment.Text, name, found);
                break;
            case RegionKind.FrontMatterValue or RegionKind.DataValue when segment.Name is { } path:
                AddWhole(segment.Text, Profile.KeyWords.LastKey(path), found);
                break;
            case RegionKind.Script:
                AddInScript(segment.Text, found);
                break;
        }
    }

    private static void AddWhole(string text, string key, List<KeyedValue> found)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            found.Add(new KeyedValue(SplitWords(key), start, end - start));
        }
    }

    private static void AddInScript(string text, List<KeyedValue> found)
    {
        foreach (var match in Assignment.EnumerateMatches(text))
        {
            var raw = text.AsSpan(match.Index, match.Length);
            var keyEnd = raw[0] is '"' or '\'' ? raw[1..].IndexOf(raw[0]) + 2 : raw.IndexOfAny(":= \t");
            var key = raw[..keyEnd].Trim("\"'");
            var valueStart = raw.IndexOfAny(":=") + 1;
            while (raw[valueStart] is ' ' or '\t')
            {
                valueStart++;
            }

            var quoted = raw[valueStart] is '"' or '\'';
            var start = match.Index + valueStart + (quoted ? 1 : 0);
            var length = match.Length - valueStart - (quoted ? 2 : 0);
            found.Add(new KeyedValue(SplitWords(key.ToString()), start, length));
        }
    }

    /// <summary>"subscriberSsn", "data-patient-id", "member_ID" become "subscriber ssn", "data patient id", "member id".</summary>
    internal static string SplitWords(string key)
    {
        if (!key.AsSpan().ContainsAnyExcept(PlainKeyChars))
        {
            return key; // "alt", "title", "mrn": already one lower-case word, as most keys are
        }

        return SplitAnyKey(key);
    }

    /// <summary><see cref="SplitWords"/> without its shortcut for keys that are one lower-case word already.</summary>
    internal static string SplitAnyKey(string key)
    {
        var words = new StringBuilder(key.Length + 4);
        for (var i = 0; i < key.Length; i++)
        {
            var c = key[i];
            if (!char.IsLetterOrDigit(c))
            {
                if (words.Length > 0 && words[^1] != ' ')
                {
                    words.Append(' ');
                }

                continue;
            }

            var startsWord = i > 0 && char.IsUpper(c) && (char.IsLower(key[i - 1]) || (i + 1 < key.Length && char.IsLower(key[i + 1]) && char.IsUpper(key[i - 1])));
            if (startsWord && words.Length > 0 && words[^1] != ' ')
            {
                words.Append(' ');
            }

            words.Append(char.ToLowerInvariant(c));
        }

        return words.ToString().Trim();
    }
}
