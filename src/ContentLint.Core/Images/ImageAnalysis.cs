namespace ContentLint.Core.Images;

/// <summary>What an image's metadata and file name hold, or why the image could not be read.</summary>
/// <param name="Facts">Possible identifiers, before allow lists and severities.</param>
/// <param name="Unreadable">Why nothing could be read (a CL1001 message), or null.</param>
/// <param name="Partial">Why only part could be read (a CL1002 message), or null.</param>
internal sealed record ImageAnalysis(IReadOnlyList<ImageFact> Facts, string? Unreadable, string? Partial);
