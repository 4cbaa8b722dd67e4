using ContentLint.Core.Model;

namespace ContentLint.Core.Parsing.Code;

/// <summary>What a string in code is to the page: not content at all, or content of a region kind.</summary>
/// <param name="Skip">True when the string is never shown as content (a class name, a module specifier).</param>
/// <param name="Kind">The region kind of its segment when it is not skipped.</param>
internal readonly record struct ValueRole(bool Skip, RegionKind Kind)
{
    public static ValueRole Content { get; } = new(false, RegionKind.DataValue);

    public static ValueRole Skipped { get; } = new(true, RegionKind.DataValue);

    public static ValueRole Of(RegionKind kind) => new(false, kind);
}
