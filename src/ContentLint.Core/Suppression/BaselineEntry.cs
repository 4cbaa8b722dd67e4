using ContentLint.Core.Model;

namespace ContentLint.Core.Suppression;

/// <summary>
/// One recorded finding: rule, repository-relative path and keyed fingerprint. No line number (entries survive
/// edits elsewhere in the file) and no matched text (the file may be shared more widely than the content).
/// </summary>
public sealed record BaselineEntry(string RuleId, string Path, string Fingerprint)
{
    /// <summary>The entry a diagnostic would have, or null when it cannot be baselined (a tool diagnostic, no fingerprint).</summary>
    public static BaselineEntry? For(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        return diagnostic.IsFinding && diagnostic.Fingerprint is { Length: > 0 } fingerprint
            ? new BaselineEntry(diagnostic.Code, diagnostic.Path, fingerprint)
            : null;
    }
}
