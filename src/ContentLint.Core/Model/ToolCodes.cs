namespace ContentLint.Core.Model;

/// <summary>Codes of diagnostics about the scan itself rather than about content (see docs/diagnostics.md).</summary>
public static class ToolCodes
{
    /// <summary>Every tool code starts with this prefix.</summary>
    public const string Prefix = "CL";

    /// <summary>An unexpected failure inside ContentLint while scanning a file (a bug: exit code 2).</summary>
    public const string InternalError = "CL0001";

    /// <summary>The configuration is invalid (exit code 2).</summary>
    public const string ConfigurationError = "CL0002";

    /// <summary>The baseline file given to <c>scan --baseline</c> is missing or malformed (exit code 2).</summary>
    public const string BaselineError = "CL0003";

    /// <summary>A file was not scanned: binary, not UTF-8, too large, unreadable, or a symlink leaving the repository.</summary>
    public const string FileNotScanned = "CL1001";

    /// <summary>A file was scanned only in part: malformed front matter, nesting too deep for the parser.</summary>
    public const string ParsedPartially = "CL1002";

    /// <summary>A suppression directive is invalid: no rule list, an unknown rule ID or keyword (an error: it suppresses nothing).</summary>
    public const string InvalidSuppression = "CL1003";

    /// <summary>A suppression matched no finding (a note: it may hide a future finding nobody looked at).</summary>
    public const string UnusedSuppression = "CL1004";

    /// <summary>A baseline entry matched no finding of a scanned file: fixed, changed or renamed (a note).</summary>
    public const string StaleBaselineEntry = "CL1005";

    /// <summary>A working-tree scan selected no page while Markdown or HTML files exist: <c>include</c> (or the configuration's folder) is likely wrong.</summary>
    public const string NothingSelected = "CL1006";
}
