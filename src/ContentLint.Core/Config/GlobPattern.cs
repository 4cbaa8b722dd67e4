using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace ContentLint.Core.Config;

/// <summary>
/// A compiled glob matched against repository-relative paths with <c>/</c> separators, ordinal and case-sensitive.
/// <c>**</c> as a whole segment spans any number of folders (zero included), <c>*</c> and <c>?</c> never cross
/// <c>/</c>, <c>[abc]</c>, <c>[a-z]</c>, <c>[!x]</c> are character classes, <c>{a,b}</c> is alternation and <c>\</c>
/// escapes the next character. A leading <c>./</c> or <c>/</c> is ignored, and <c>dir/**</c> matches everything
/// below <c>dir</c>.
/// </summary>
public sealed class GlobPattern
{
    // NonBacktracking keeps matching linear in the path length whatever the pattern, so a hostile or careless
    // glob in a configuration file cannot stall a scan.
    private const RegexOptions Options =
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.Singleline | RegexOptions.ExplicitCapture;

    /// <summary>
    /// The longest glob accepted (256 characters). Real globs are a few dozen; the cap keeps the regex a glob becomes,
    /// and the work of matching every path against it, small whatever a configuration holds (a 1,024-character glob
    /// of wildcards and alternations took seconds to match one long path).
    /// </summary>
    public const int MaxLength = 256;

    // Built on first use for the built-in default globs (BuiltIn): a scan matches only some of them, and each
    // NonBacktracking regex costs one or two milliseconds of CPU to build, paid on every pre-commit hook run.
    private readonly Lazy<Regex> _regex;

    /// <summary>The regex-free matcher of the common shapes, or null (see <see cref="GlobShortcut"/>).</summary>
    private readonly GlobShortcut? _shortcut;

    private GlobPattern(string pattern, Lazy<Regex> regex, GlobShortcut? shortcut)
    {
        Pattern = pattern;
        _regex = regex;
        _shortcut = shortcut;
    }

    /// <summary>The glob as written in the configuration.</summary>
    public string Pattern { get; }

    /// <summary>The regex options the glob is matched with (tests check that matching cannot backtrack).</summary>
    internal RegexOptions MatchOptions => _regex.IsValueCreated ? _regex.Value.Options : Options;

    /// <summary>Compiles <paramref name="pattern"/>; on failure <paramref name="error"/> says why (it quotes the pattern).</summary>
    public static bool TryParse(
        string pattern,
        [NotNullWhen(true)] out GlobPattern? glob,
        [NotNullWhen(false)] out string? error) => TryParse(pattern, GlobSyntax.Standard, out glob, out error);

    /// <summary>True when the whole of <paramref name="relativePath"/> matches the glob.</summary>
    public bool IsMatch(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        return _shortcut?.IsMatch(relativePath) ?? _regex.Value.IsMatch(relativePath);
    }

    /// <summary>True when the glob is matched without its regex.</summary>
    internal bool HasShortcut => _shortcut is not null;

    /// <inheritdoc />
    public override string ToString() => Pattern;

    internal static bool TryParse(
        string pattern,
        GlobSyntax syntax,
        [NotNullWhen(true)] out GlobPattern? glob,
        [NotNullWhen(false)] out string? error) => TryCreate(pattern, syntax, buildNow: true, out glob, out error);

    /// <summary>
    /// A built-in default glob (a constant known to compile, see the tests): its regex is built the first time it
    /// is matched. Configured globs go through <see cref="TryParse(string, out GlobPattern?, out string?)"/>, which
    /// builds it at once.
    /// </summary>
    internal static GlobPattern BuiltIn(string pattern) =>
        TryCreate(pattern, GlobSyntax.Standard, buildNow: false, out var glob, out _) ? glob : throw new InvalidOperationException(pattern);

    private static bool TryCreate(
        string pattern,
        GlobSyntax syntax,
        bool buildNow,
        [NotNullWhen(true)] out GlobPattern? glob,
        [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        glob = null;
        if (pattern.Length > MaxLength)
        {
            // Not quoted: a glob this long is a mistake, and quoting it would flood the terminal.
            error = $"invalid glob: longer than {MaxLength} characters";
            return false;
        }

        var body = StripLeadingRoot(pattern);
        if (body.Length == 0)
        {
            error = $"invalid glob '{pattern}': the pattern is empty";
            return false;
        }

        if (syntax == GlobSyntax.Standard && body[0] == '!')
        {
            error = $"invalid glob '{pattern}': negated globs are not supported (use 'exclude')";
            return false;
        }

        if (!GlobTranslator.TryTranslate(body, syntax, out var regex, out var reason))
        {
            error = $"invalid glob '{pattern}': {reason}";
            return false;
        }

        // A glob with a shortcut never needs its regex.
        var shortcut = GlobShortcut.TryCreate(body, syntax);
        Lazy<Regex> lazy;
        if (buildNow && shortcut is null)
        {
            if (!TryBuild(regex, out var built))
            {
                error = $"invalid glob '{pattern}': not a pattern the matcher accepts";
                return false;
            }

            lazy = new Lazy<Regex>(built);
        }
        else
        {
            lazy = new Lazy<Regex>(() => new Regex(regex, Options));
        }

        glob = new GlobPattern(pattern, lazy, shortcut);
        error = null;
        return true;
    }

    // The translator should only make valid regexes; should one still be refused, the glob is the user's error to fix,
    // not a crash of the whole scan.
    private static bool TryBuild(string regex, [NotNullWhen(true)] out Regex? built)
    {
        try
        {
            built = new Regex(regex, Options);
            return true;
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            built = null;
            return false;
        }
    }

    private static string StripLeadingRoot(string pattern)
    {
        var body = pattern;
        while (body.StartsWith("./", StringComparison.Ordinal))
        {
            body = body[2..];
        }

        return body.TrimStart('/');
    }
}
