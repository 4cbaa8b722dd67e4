namespace ContentLint.Core.Reporting;

/// <summary>Relative URI references for repository paths, as SARIF's <c>artifactLocation.uri</c> wants them.</summary>
internal static class SarifUri
{
    /// <summary>
    /// <paramref name="path"/> with <c>/</c> and each segment percent-encoded (spaces, '#', '%', non-ASCII), so that
    /// the result is a valid relative reference that resolves against <c>%SRCROOT%</c> to the file.
    /// </summary>
    public static string Relative(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return string.Join('/', path.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));
    }
}
