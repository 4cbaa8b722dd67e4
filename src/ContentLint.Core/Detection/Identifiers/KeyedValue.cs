namespace ContentLint.Core.Detection.Identifiers;

/// <summary>A value whose key names what it is: <c>data-patient-id="48213"</c>, <c>memberId: "FRH884201003"</c>.</summary>
/// <param name="Key">The key split into lower-case words ("member id").</param>
/// <param name="Start">Start of the value in the segment's text.</param>
/// <param name="Length">Length of the value.</param>
internal readonly record struct KeyedValue(string Key, int Start, int Length);
