namespace ContentLint.Core.Model;

/// <summary>How serious a diagnostic is; ordered so that comparisons follow <c>--fail-on</c>.</summary>
public enum Severity
{
    Note = 0,
    Warning = 1,
    Error = 2,
}
