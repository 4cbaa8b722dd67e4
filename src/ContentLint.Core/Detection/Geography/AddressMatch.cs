namespace ContentLint.Core.Detection.Geography;

/// <summary>A location found in a segment's text.</summary>
/// <param name="Start">Start index in the text.</param>
/// <param name="End">End index (exclusive) in the text.</param>
/// <param name="Strong">The shape alone says it is an address (street-only suffix, a unit, a state and ZIP).</param>
internal readonly record struct AddressMatch(int Start, int End, bool Strong);
