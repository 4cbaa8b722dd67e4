namespace ContentLint.Core.Parsing.Code;

/// <summary>One open bracket, template or JSX element, with what naming the values inside it needs.</summary>
internal sealed class ScriptFrame(ScriptFrameKind kind, int start, string? path, ValueRole role)
{
    public ScriptFrameKind Kind { get; set; } = kind;

    /// <summary>Source offset of the opening character (<c>{</c>, <c>[</c>, <c>`</c>, <c>&lt;</c>).</summary>
    public int Start { get; } = start;

    /// <summary>Key path of the container (objects, arrays), or the attribute a JSX expression is the value of.</summary>
    public string? Path { get; } = path;

    /// <summary>Role of strings directly inside (an array's elements, a JSX attribute expression's strings).</summary>
    public ValueRole Role { get; set; } = role;

    /// <summary>An object's own keys, or a component tag's attribute names, in source order.</summary>
    public List<string>? Keys { get; set; }

    /// <summary>An object: the key whose value is being read, once its <c>:</c> is seen.</summary>
    public string? CurrentKey { get; set; }

    /// <summary>An object: a key has been read and its <c>:</c>, <c>(</c> or <c>,</c> is awaited.</summary>
    public string? KeyCandidate { get; set; }

    /// <summary>An object: at the start or after a <c>,</c>, where the next name or string is a key.</summary>
    public bool ExpectKey { get; set; }

    /// <summary>An array: index of the element being read.</summary>
    public int Index { get; set; }

    /// <summary>An object or component tag with a string value: it becomes a record.</summary>
    public bool HasString { get; set; }

    /// <summary>A call of <c>import(…)</c> or <c>require(…)</c>: its string argument is a module specifier.</summary>
    public bool IsModuleCall { get; set; }

    /// <summary>An <see cref="ScriptFrameKind.Index"/> frame opened where an object key was expected.</summary>
    public bool IsComputedKey { get; set; }

    /// <summary>A JSX element's tag name (empty for a fragment).</summary>
    public string Element { get; set; } = string.Empty;

    /// <summary>A JSX element names a component (see <see cref="CodeValueNames.IsComponent"/>).</summary>
    public bool IsComponent { get; set; }

    /// <summary>The frame ends the reading when it closes (a braced expression of a component's markup).</summary>
    public bool EndsReading { get; set; }
}
