namespace ContentLint.Core.Tests.Detection;

/// <summary>
/// Inline span markers in test snippets, as Roslyn analyzer tests write them: <c>{|PHI004:(555) 201-3300|}</c>
/// marks an expected finding of PHI004; <c>{|...|}</c> uses the default rule given by the caller.
/// </summary>
internal static class SpanMarkers
{
    private const string Open = "{|";
    private const string Close = "|}";

    public static (string Text, IReadOnlyList<ExpectedSpan> Spans) Parse(string marked, string? defaultRule = null)
    {
        var text = new System.Text.StringBuilder();
        var spans = new List<ExpectedSpan>();
        var i = 0;
        while (i < marked.Length)
        {
            var open = marked.IndexOf(Open, i, StringComparison.Ordinal);
            if (open < 0)
            {
                text.Append(marked, i, marked.Length - i);
                break;
            }

            text.Append(marked, i, open - i);
            var close = marked.IndexOf(Close, open + Open.Length, StringComparison.Ordinal);
            if (close < 0)
            {
                throw new FormatException($"Unclosed span marker at {open} in: {marked}");
            }

            var inner = marked[(open + Open.Length)..close];
            var colon = inner.IndexOf(':', StringComparison.Ordinal);
            string rule;
            // A rule ID is three capitals and three digits: "mailto:" inside a span is text, not a rule.
            if (colon == 6 && inner[..3].All(char.IsAsciiLetterUpper) && inner[3..6].All(char.IsAsciiDigit))
            {
                rule = inner[..colon];
                inner = inner[(colon + 1)..];
            }
            else
            {
                rule = defaultRule ?? throw new FormatException($"Span marker without a rule ID in: {marked}");
            }

            spans.Add(new ExpectedSpan(rule, text.Length, inner.Length));
            text.Append(inner);
            i = close + Close.Length;
        }

        return (text.ToString(), spans);
    }
}
