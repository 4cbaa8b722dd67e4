namespace ContentLint.Core.Consent;

/// <summary>One defect of a consent block: the key at fault, where it is, and what is wrong (never its value).</summary>
internal sealed record ConsentProblem(string Key, int Offset, string Message);
