namespace ContentLint.Core.Parsing.Code;

/// <summary>The language of a script, which decides what a <c>&lt;</c> in expression position starts.</summary>
internal enum ScriptDialect
{
    /// <summary>.js, .mjs, .cjs, .jsx: JSX allowed.</summary>
    JavaScript,
    /// <summary>.ts, .mts, .cts: no JSX; <c>&lt;</c> is a type bracket or an operator.</summary>
    TypeScript,
    /// <summary>.tsx: TypeScript with JSX.</summary>
    TypeScriptJsx,
}
