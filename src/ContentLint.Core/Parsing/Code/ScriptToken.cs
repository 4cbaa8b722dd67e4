namespace ContentLint.Core.Parsing.Code;

/// <summary>What the previous significant token of a script was: it decides what a <c>/</c>, <c>&lt;</c> or <c>{</c> starts.</summary>
internal enum ScriptToken
{
    /// <summary>Nothing yet: the start of the file or range.</summary>
    None,
    /// <summary>A name, number, string, regex or closing <c>)</c>/<c>]</c>: a <c>/</c> after it divides.</summary>
    Value,
    /// <summary>An operator or opening bracket: an expression starts after it.</summary>
    Operator,
    /// <summary>A keyword after which an expression starts (<c>return</c>, <c>typeof</c>, <c>default</c>).</summary>
    Keyword,
    /// <summary>The <c>}</c> of a block: a statement, so an expression, starts after it.</summary>
    BlockEnd,
}
