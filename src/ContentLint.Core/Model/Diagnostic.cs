namespace ContentLint.Core.Model;

/// <summary>
/// What reporters print: a finding or a scan problem, with its text already redacted (unless the user asked for
/// matches). Reporters never see matched text any other way.
/// </summary>
/// <param name="Code">A rule ID (<c>PHI004</c>) or a tool diagnostic code (<c>CL1001</c>).</param>
/// <param name="Severity">The effective severity.</param>
/// <param name="Path">The file, relative to the repository root, with <c>/</c>.</param>
/// <param name="Range">The position in the original file, or null for a file-level diagnostic.</param>
/// <param name="Message">The message, safe to print.</param>
public sealed record Diagnostic(string Code, Severity Severity, string Path, SourceRange? Range, string Message)
{
    /// <summary>True for a rule finding, false for a problem of the scan itself (file not readable, ...).</summary>
    public bool IsFinding => !Code.StartsWith(ToolCodes.Prefix, StringComparison.Ordinal);

    /// <summary>
    /// A finding's keyed fingerprint (see <c>Fingerprints.Fingerprinter</c>): no line number and no matched text, so it
    /// is safe to print and survives edits elsewhere in the file. Null for tool diagnostics or without a key.
    /// </summary>
    public string? Fingerprint { get; init; }

    /// <summary>
    /// How sure ContentLint is that a finding is a patient's identifier (the detector's confidence; page-level consent
    /// findings are <see cref="Model.Confidence.High"/>). Null for tool diagnostics.
    /// </summary>
    public Confidence? Confidence { get; init; }

    /// <summary>
    /// Why the finding was raised, in words safe to print (a cue, a role, the page's kind and its evidence); never page
    /// text. Null when the rule itself is the whole reason (<c>contentlint why</c> then prints the rule's own).
    /// </summary>
    public string? Reason { get; init; }

    /// <summary>The commit that introduced the file version this came from (<c>scan --history</c>), or null.</summary>
    public string? Commit { get; init; }
}
