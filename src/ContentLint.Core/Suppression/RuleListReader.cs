using ContentLint.Core.Rules;

namespace ContentLint.Core.Suppression;

/// <summary>Reads a rule list (<c>PHI004, PHI001</c> or <c>PHI004 PHI001</c>) into catalog IDs.</summary>
internal static class RuleListReader
{
    public const string UnknownRule = "invalid suppression: unknown rule ID (expected a catalog ID such as PHI004 or CON001; see 'contentlint rules')";

    /// <summary>
    /// The catalog IDs in <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>); each unknown
    /// token is passed to <paramref name="unknown"/> as a text range (never quoted: it might be anything).
    /// </summary>
    public static List<string> Read(string text, int start, int end, RuleCatalog catalog, Action<int, int> unknown)
    {
        var ids = new List<string>();
        var i = start;
        while (i < end)
        {
            if (IsSeparator(text[i]))
            {
                i++;
                continue;
            }

            var tokenStart = i;
            while (i < end && !IsSeparator(text[i]))
            {
                i++;
            }

            if (catalog.Find(text[tokenStart..i]) is { } rule)
            {
                if (!ids.Contains(rule.Id))
                {
                    ids.Add(rule.Id);
                }
            }
            else
            {
                unknown(tokenStart, i);
            }
        }

        return ids;
    }

    private static bool IsSeparator(char c) => c == ',' || char.IsWhiteSpace(c);
}
