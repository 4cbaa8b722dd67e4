using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace ContentLint.Core.Config;

/// <summary>
/// One entry of the configuration's <c>allow</c> list: a literal, matched case-insensitively against the whole candidate
/// after collapsing runs of whitespace, or <c>/regex/</c> (<c>/regex/i</c> for case-insensitive), which must match the
/// whole (whitespace-collapsed) candidate, never just part of it.
/// </summary>
public sealed class AllowPattern
{
    // Linear-time engine plus a timeout: allow entries come from a file that anyone can edit in a pull request.
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(250);

    private readonly Regex? _regex;
    private readonly string? _literal;

    private AllowPattern(string text, Regex? regex, string? literal)
    {
        Text = text;
        _regex = regex;
        _literal = literal;
    }

    /// <summary>The entry as written in the configuration.</summary>
    public string Text { get; }

    /// <summary>True when the entry is written as <c>/regex/</c>.</summary>
    public bool IsRegex => _regex is not null;

    /// <summary>
    /// Parses an allow entry. On failure <paramref name="error"/> says why; it quotes the pattern only for a regex
    /// (a literal entry may itself be a patient's name).
    /// </summary>
    public static bool TryParse(
        string text,
        [NotNullWhen(true)] out AllowPattern? pattern,
        [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        pattern = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "the allow entry is empty";
            return false;
        }

        if (!TrySplitRegex(text, out var body, out var ignoreCase))
        {
            // Matched text is normalized (docs/text-normalization.md): so is the literal it is compared with.
            pattern = new AllowPattern(text, null, WhitespaceNormalizer.Normalize(Model.MatchingText.Normalize(text)));
            error = null;
            return true;
        }

        // No ExplicitCapture: with it a backreference would be reported as an undefined group instead of unsupported.
        var options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;
        if (ignoreCase)
        {
            options |= RegexOptions.IgnoreCase;
        }

        try
        {
            // Compiled alone first so that parse errors point into the user's pattern, then anchored.
            _ = new Regex(body, options, MatchTimeout);
            pattern = new AllowPattern(text, new Regex($"\\A(?:{body})\\z", options, MatchTimeout), null);
            error = null;
            return true;
        }
        catch (RegexParseException ex)
        {
            error = $"invalid regex: {Describe(ex.Error)} at offset {ex.Offset}";
        }
        catch (NotSupportedException)
        {
            error = $"invalid regex: backreferences, lookarounds and atomic groups are not supported";
        }

        return false;
    }

    /// <summary>True when <paramref name="candidateText"/> is allowed by this entry.</summary>
    public bool Matches(string candidateText)
    {
        ArgumentNullException.ThrowIfNull(candidateText);
        var normalized = WhitespaceNormalizer.Normalize(candidateText);
        if (_regex is null)
        {
            return string.Equals(normalized, _literal, StringComparison.OrdinalIgnoreCase);
        }

        try
        {
            return _regex.IsMatch(normalized);
        }
        catch (RegexMatchTimeoutException)
        {
            // Not allowing is the safe answer: the finding is reported rather than silently dropped.
            return false;
        }
    }

    /// <inheritdoc />
    public override string ToString() => Text;

    private static string Describe(RegexParseError error) =>
        Regex.Replace(error.ToString(), "(?<=[a-z])(?=[A-Z])", " ", RegexOptions.None, MatchTimeout).ToLowerInvariant();

    private static bool TrySplitRegex(string text, out string body, out bool ignoreCase)
    {
        body = string.Empty;
        ignoreCase = text.EndsWith("/i", StringComparison.Ordinal);
        var end = ignoreCase ? text.Length - 2 : text.Length - 1;
        if (text.Length < 3 || text[0] != '/' || end < 1 || text[end] != '/')
        {
            return false;
        }

        body = text[1..end];
        return true;
    }
}
