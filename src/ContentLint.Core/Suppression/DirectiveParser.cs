using ContentLint.Core.Model;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Suppression;

/// <summary>
/// Reads <c>contentlint-disable-next-line RULE[,RULE] [-- reason]</c>, <c>contentlint-disable RULE…</c> and
/// <c>contentlint-enable [RULE…]</c> from the text of one HTML comment. Comments that do not start with
/// <c>contentlint-</c> are ordinary comments.
/// </summary>
internal static class DirectiveParser
{
    private const string Prefix = "contentlint-";

    private static readonly (string Word, DirectiveKeyword Keyword)[] Keywords =
    [
        ("contentlint-disable-next-line", DirectiveKeyword.DisableNextLine),
        ("contentlint-disable", DirectiveKeyword.Disable),
        ("contentlint-enable", DirectiveKeyword.Enable),
    ];

    /// <summary>The directive in <paramref name="comment"/>, or null when it is none (or invalid: then a problem is added).</summary>
    public static CommentDirective? Parse(Segment comment, RuleCatalog catalog, List<SuppressionProblem> problems)
    {
        var text = comment.Text;
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        if (!text.AsSpan(start).StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var end = text.Length;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var (sourceStart, sourceEnd) = comment.Map.ToSource(start, end);
        var wordEnd = start;
        while (wordEnd < end && !char.IsWhiteSpace(text[wordEnd]))
        {
            wordEnd++;
        }

        var word = text[start..wordEnd];
        if (Array.FindIndex(Keywords, k => k.Word == word) is var index && index < 0)
        {
            problems.Add(new SuppressionProblem(sourceStart, sourceEnd,
                "invalid suppression: unknown directive (expected contentlint-disable-next-line, contentlint-disable or contentlint-enable)"));
            return null;
        }

        var keyword = Keywords[index].Keyword;
        var separator = text.IndexOf("--", wordEnd, end - wordEnd, StringComparison.Ordinal);
        var listEnd = separator < 0 ? end : separator;
        var reason = separator < 0 ? null : text[(separator + 2)..end].Trim();
        var ids = RuleListReader.Read(text, wordEnd, listEnd, catalog, (tokenStart, tokenEnd) =>
        {
            var (s, e) = comment.Map.ToSource(tokenStart, tokenEnd);
            problems.Add(new SuppressionProblem(s, e, RuleListReader.UnknownRule));
        });

        // CONTRACT §7: every suppression names its rules; a bare disable would hide identifiers nobody looked at.
        if (keyword != DirectiveKeyword.Enable && ids.Count == 0 && !HasTokens(text, wordEnd, listEnd))
        {
            problems.Add(new SuppressionProblem(sourceStart, sourceEnd,
                $"invalid suppression: {word} needs a rule list, e.g. '{word} PHI004 -- reason'"));
            return null;
        }

        return new CommentDirective(keyword, ids, string.IsNullOrEmpty(reason) ? null : reason, sourceStart, sourceEnd);
    }

    private static bool HasTokens(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (text[i] != ',' && !char.IsWhiteSpace(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
