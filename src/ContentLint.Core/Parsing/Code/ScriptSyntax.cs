namespace ContentLint.Core.Parsing.Code;

/// <summary>The character classes and operator table of JavaScript and TypeScript that the reader needs.</summary>
internal static class ScriptSyntax
{
    /// <summary>Operators of more than one character, longest first, so the longest match wins.</summary>
    private static readonly string[] Operators =
    [
        ">>>=", "...", "===", "!==", "**=", "<<=", ">>=", ">>>", "&&=", "||=", "??=",
        "=>", "==", "!=", "<=", ">=", "&&", "||", "??", "?.", "++", "--", "+=", "-=", "*=", "/=", "%=", "&=", "|=",
        "^=", "**", "<<", ">>",
    ];

    /// <summary>Keywords after which an expression (so a regex, an object literal or JSX) starts.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ExpressionKeywords = new HashSet<string>(
        ["return", "typeof", "instanceof", "in", "of", "new", "delete", "void", "throw", "case", "do", "else", "yield",
         "await", "default", "extends"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsIdentifierStart(char c) => char.IsLetter(c) || c is '_' or '$' or '#' or '\\';

    public static bool IsIdentifierPart(char c) => char.IsLetterOrDigit(c) || c is '_' or '$' or '\\' or '\u200C' or '\u200D';

    /// <summary>Characters of a JSX tag or attribute name (<c>Foo.Bar</c>, <c>svg:rect</c>, <c>aria-label</c>).</summary>
    public static bool IsJsxNamePart(char c) => char.IsLetterOrDigit(c) || c is '_' or '$' or '-' or ':' or '.';

    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029';

    public static bool IsExpressionKeyword(ReadOnlySpan<char> word) => ExpressionKeywords.Contains(word);

    /// <summary>The length of the punctuator at <paramref name="at"/>: the longest operator that matches, else one character.</summary>
    public static int OperatorLength(string text, int at, int end)
    {
        var rest = text.AsSpan(at, end - at);
        foreach (var op in Operators)
        {
            if (rest.StartsWith(op, StringComparison.Ordinal))
            {
                return op.Length;
            }
        }

        return 1;
    }
}
