using ContentLint.Core.Model;

namespace ContentLint.Core.Detection.Names;

/// <summary>A name found in one segment's text.</summary>
/// <param name="Keys">The folded words of the name (no titles or initials), for finding its other mentions.</param>
internal sealed record NameMatch(int Start, int End, Confidence Confidence, IReadOnlyList<string> Keys);
