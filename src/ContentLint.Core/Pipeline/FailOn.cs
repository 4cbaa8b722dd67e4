namespace ContentLint.Core.Pipeline;

/// <summary>The lowest severity that makes a scan fail (<c>--fail-on</c>).</summary>
public enum FailOn
{
    Error,
    Warning,
    Note,
    Never,
}
