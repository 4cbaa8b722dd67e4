namespace ContentLint.Core.Detection.Dates;

/// <summary>A calendar date found in a segment's text.</summary>
/// <param name="Start">Start index in the text.</param>
/// <param name="End">End index (exclusive) in the text.</param>
/// <param name="HasDay">It names a day, not only a month and year ("March 2026").</param>
internal readonly record struct DateMatch(int Start, int End, bool HasDay);
