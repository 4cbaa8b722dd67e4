namespace ContentLint.Core.Parsing.Code;

/// <summary>What an open bracket, template or JSX element of a script is.</summary>
internal enum ScriptFrameKind
{
    /// <summary>The file (or the range) itself.</summary>
    Root,
    /// <summary>A statement block or a function, class or interface body.</summary>
    Block,
    /// <summary>An object literal (or a destructuring pattern): values named by their keys.</summary>
    Object,
    /// <summary>An array literal: values named by their indexes.</summary>
    Array,
    /// <summary>A member access or computed key <c>[…]</c>, or a type's <c>[]</c>: strings in it are not content.</summary>
    Index,
    /// <summary>Parentheses: a call's arguments, a condition, a group.</summary>
    Paren,
    /// <summary>The text of a template literal.</summary>
    Template,
    /// <summary>A <c>${ … }</c> of a template literal.</summary>
    TemplateExpression,
    /// <summary>A JSX start tag, while its attributes are read.</summary>
    JsxTag,
    /// <summary>The children of a JSX element: text, elements and expressions.</summary>
    JsxChildren,
    /// <summary>A <c>{ … }</c> attribute value or spread of a JSX element.</summary>
    JsxAttributeExpression,
    /// <summary>A <c>{ … }</c> child of a JSX element (or a template expression of a component's markup).</summary>
    JsxChildExpression,
}
