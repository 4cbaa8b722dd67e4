namespace ContentLint.Core.Parsing.Code;

/// <summary>An attribute of a component's start tag: its name (a Vue binding's prop), its value's range, and whether it is a shown string.</summary>
internal readonly record struct ComponentAttribute(string Name, int ValueStart, int ValueEnd, bool HasString);
