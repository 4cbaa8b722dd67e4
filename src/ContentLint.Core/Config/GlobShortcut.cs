namespace ContentLint.Core.Config;

/// <summary>
/// Matches the glob shapes that nearly every configuration uses without a regex, exactly as the regex
/// <see cref="GlobTranslator"/> makes of them would: <c>**/*.md</c> and <c>**/*.{jpg,png}</c> (a suffix),
/// <c>dir/**</c> (a folder and what is below it), <c>**/*{intake,portal}*</c> (a word in the file name) and
/// <c>**/*{intake,portal}*/**</c> (a word anywhere in the path), <c>**/{package.json,composer.json}</c> (a file
/// name), and <c>**/*.[mM][dD]</c> (a suffix in either letter case, as the default <c>include</c> globs write it). Every page and every walked file is matched against
/// several globs, and a NonBacktracking regex costs a few hundred nanoseconds per match plus a millisecond or two to
/// build; these shapes cost a string comparison. Any other glob (classes, <c>?</c>, escapes, nested braces, other
/// star positions, the gitignore syntax) returns null and keeps its regex.
/// </summary>
internal sealed class GlobShortcut
{
    private readonly Shape _shape;
    private readonly string[] _texts;

    private GlobShortcut(Shape shape, string[] texts)
    {
        _shape = shape;
        _texts = texts;
    }

    private enum Shape
    {
        /// <summary><c>**/*TAIL</c>: the path ends with one of the texts.</summary>
        Suffix,

        /// <summary><c>**/*.[mM][dD]</c>: the path ends with the text (lower case) in any mix of ASCII letter cases.</summary>
        SuffixAnyCase,

        /// <summary><c>PREFIX/**</c>: the path is the text or lies below it.</summary>
        FolderAndBelow,

        /// <summary><c>**/*{words}*</c>: the last segment holds one of the texts.</summary>
        WordInFileName,

        /// <summary><c>**/*{words}*/**</c>: the path holds one of the texts.</summary>
        WordAnywhere,

        /// <summary><c>**/{names}</c>: the last segment is one of the texts (<c>package.json</c>, a lock file).</summary>
        FileNameIn,
    }

    /// <summary>A shortcut for <paramref name="glob"/> (stripped of a leading <c>./</c> or <c>/</c>), or null when it has none.</summary>
    public static GlobShortcut? TryCreate(string glob, GlobSyntax syntax)
    {
        if (syntax != GlobSyntax.Standard)
        {
            return null;
        }

        if (glob.EndsWith("/**", StringComparison.Ordinal) && glob.Length > 3 && IsPlain(glob.AsSpan(0, glob.Length - 3)))
        {
            return new GlobShortcut(Shape.FolderAndBelow, [glob[..^3]]);
        }

        if (glob.StartsWith("**/{", StringComparison.Ordinal) && Words(glob[3..]) is { } names && names.All(name => name != "**"))
        {
            return new GlobShortcut(Shape.FileNameIn, names);
        }

        if (!glob.StartsWith("**/*", StringComparison.Ordinal))
        {
            return null;
        }

        var tail = glob[4..];
        if (tail.EndsWith("*/**", StringComparison.Ordinal) && Words(tail[..^4]) is { } anywhere)
        {
            return new GlobShortcut(Shape.WordAnywhere, anywhere);
        }

        if (tail.EndsWith('*') && Words(tail[..^1]) is { } inFileName)
        {
            return new GlobShortcut(Shape.WordInFileName, inFileName);
        }

        if (AnyCaseSuffix(tail) is { } anyCase)
        {
            return new GlobShortcut(Shape.SuffixAnyCase, [anyCase]);
        }

        return Suffixes(tail) is { } suffixes ? new GlobShortcut(Shape.Suffix, suffixes) : null;
    }

    /// <summary>True when the whole of <paramref name="path"/> matches, as the glob's anchored regex decides.</summary>
    public bool IsMatch(string path)
    {
        switch (_shape)
        {
            case Shape.Suffix:
                foreach (var suffix in _texts)
                {
                    // The regex ends with '$', which also matches before a final line feed.
                    if (path.EndsWith(suffix, StringComparison.Ordinal) || EndsWithBeforeLineFeed(path, suffix))
                    {
                        return true;
                    }
                }

                return false;
            case Shape.SuffixAnyCase:
                // As for Suffix, '$' also matches before a final line feed.
                return EndsWithAnyCase(path, _texts[0]) || (path.EndsWith('\n') && EndsWithAnyCase(path.AsSpan(0, path.Length - 1), _texts[0]));
            case Shape.FolderAndBelow:
                var folder = _texts[0];
                return path.StartsWith(folder, StringComparison.Ordinal)
                    && (path.Length == folder.Length || path[folder.Length] == '/' || (path.Length == folder.Length + 1 && path[^1] == '\n'));
            case Shape.WordInFileName:
                var fileName = path.AsSpan(path.LastIndexOf('/') + 1);
                return ContainsAny(fileName, _texts);
            case Shape.FileNameIn:
                // As for Suffix, '$' also matches before a final line feed.
                var name = path.AsSpan(path.LastIndexOf('/') + 1);
                var withoutLineFeed = name.EndsWith("\n") ? name[..^1] : name;
                foreach (var text in _texts)
                {
                    if (name.SequenceEqual(text) || withoutLineFeed.SequenceEqual(text))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return ContainsAny(path, _texts);
        }
    }

    // ASCII letters only, as the classes say: OrdinalIgnoreCase would also take the Kelvin sign for a 'k'.
    private static bool EndsWithAnyCase(ReadOnlySpan<char> path, string lowerSuffix)
    {
        if (path.Length < lowerSuffix.Length)
        {
            return false;
        }

        var tail = path[^lowerSuffix.Length..];
        for (var i = 0; i < tail.Length; i++)
        {
            var expected = lowerSuffix[i];
            if (tail[i] != expected && !(char.IsAsciiLetterLower(expected) && tail[i] == char.ToUpperInvariant(expected)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The lower-case suffix of <c>*TAIL</c> when TAIL is plain characters that are not letters and <c>[xX]</c> classes
    /// of one ASCII letter in both cases (<c>.[mM][dD]</c> gives <c>.md</c>); else null.
    /// </summary>
    private static string? AnyCaseSuffix(string tail)
    {
        var suffix = new System.Text.StringBuilder();
        for (var i = 0; i < tail.Length;)
        {
            if (tail[i] == '[' && i + 3 < tail.Length && char.IsAsciiLetterLower(tail[i + 1]) && tail[i + 2] == char.ToUpperInvariant(tail[i + 1]) && tail[i + 3] == ']')
            {
                suffix.Append(tail[i + 1]);
                i += 4;
            }
            else if (!char.IsAsciiLetter(tail[i]) && tail[i] != '/' && IsPlain(tail.AsSpan(i, 1)))
            {
                suffix.Append(tail[i]);
                i++;
            }
            else
            {
                return null;
            }
        }

        return suffix.Length > 0 && tail.Contains('[', StringComparison.Ordinal) ? suffix.ToString() : null;
    }

    private static bool EndsWithBeforeLineFeed(string path, string suffix) =>
        path.Length > suffix.Length && path[^1] == '\n' && path.AsSpan(0, path.Length - 1).EndsWith(suffix, StringComparison.Ordinal);

    private static bool ContainsAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The words of <c>{a,b,c}</c> when <paramref name="text"/> is exactly that, each non-empty and plain; else null.</summary>
    private static string[]? Words(string text)
    {
        if (text.Length < 2 || text[0] != '{' || text[^1] != '}')
        {
            return null;
        }

        var words = text[1..^1].Split(',');
        return words.All(word => word.Length > 0 && IsPlain(word) && !word.Contains('/', StringComparison.Ordinal)) ? words : null;
    }

    /// <summary>
    /// The suffixes a file name must end with for <c>*TAIL</c>: TAIL plain, or plain text around one <c>{a,b}</c> group
    /// of plain alternatives (empty ones included), never with a '/'; else null.
    /// </summary>
    private static string[]? Suffixes(string tail)
    {
        if (tail.Contains('/', StringComparison.Ordinal))
        {
            return null;
        }

        var open = tail.IndexOf('{', StringComparison.Ordinal);
        if (open < 0)
        {
            return IsPlain(tail) ? [tail] : null;
        }

        var close = tail.IndexOf('}', open);
        if (close < 0)
        {
            return null;
        }

        var before = tail[..open];
        var after = tail[(close + 1)..];
        var alternatives = tail[(open + 1)..close].Split(',');
        if (!IsPlain(before) || !IsPlain(after) || !alternatives.All(IsPlain))
        {
            return null;
        }

        return [.. alternatives.Select(alternative => before + alternative + after)];
    }

    /// <summary>No character the translator gives a meaning (or escapes into one), and no control character.</summary>
    private static bool IsPlain(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c is '*' or '?' or '[' or ']' or '{' or '}' or ',' or '\\' || char.IsControl(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsPlain(string text) => IsPlain(text.AsSpan());
}
