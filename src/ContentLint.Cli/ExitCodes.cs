namespace ContentLint.Cli;

/// <summary>Exit codes of CONTRACT §2.</summary>
internal static class ExitCodes
{
    public const int Clean = 0;
    public const int Findings = 1;
    public const int ToolError = 2;
}
