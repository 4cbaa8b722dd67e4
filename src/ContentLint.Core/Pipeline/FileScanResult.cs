using ContentLint.Core.Model;

namespace ContentLint.Core.Pipeline;

/// <summary>What scanning one file produced.</summary>
/// <param name="Path">The file, relative to the repository root.</param>
/// <param name="Diagnostics">Findings and problems, ordered by position.</param>
/// <param name="Scanned">False when the file could not be scanned at all.</param>
/// <param name="InternalError">True when ContentLint itself failed on this file.</param>
public sealed record FileScanResult(string Path, IReadOnlyList<Diagnostic> Diagnostics, bool Scanned = true, bool InternalError = false)
{
    /// <summary>The page's profile (kind, evidence, language), or null when the file was not parsed (<c>contentlint why</c> prints it).</summary>
    public PageProfile? Profile { get; init; }

    /// <summary>The scope words of the page's valid, current consent; empty when it has none (<c>contentlint why</c> prints it).</summary>
    public IReadOnlySet<string> ConsentScope { get; init; } = System.Collections.Frozen.FrozenSet<string>.Empty;

    /// <summary>
    /// The rule and text of the findings a site roster could take back, kept by a scan's first pass only (null
    /// otherwise): never printed, and dropped once the roster is known.
    /// </summary>
    internal IReadOnlyList<RosterValue>? RosterValues { get; init; }
}
