namespace ContentLint.MSBuild;

/// <summary>How a diagnostic reaches the MSBuild log.</summary>
internal enum LogCategory
{
    /// <summary>A build error: fails the build.</summary>
    Error,

    /// <summary>A build warning: shown in the error list, does not fail the build.</summary>
    Warning,

    /// <summary>A high-importance message: shown in the build output only.</summary>
    Message,
}
