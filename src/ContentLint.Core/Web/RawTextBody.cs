namespace ContentLint.Core.Web;

/// <summary>The body of a raw-text element (<c>script</c>, <c>style</c>, <c>textarea</c>, <c>title</c>): source range [Start, End).</summary>
internal readonly record struct RawTextBody(string Element, int Start, int End);
