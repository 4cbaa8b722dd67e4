namespace ContentLint.Core.Config;

/// <summary>The severity a project gives a rule in the <c>rules:</c> section of <c>.contentlint.yml</c>.</summary>
public enum RuleSeverity
{
    /// <summary>The rule does not run.</summary>
    Off = 0,

    /// <summary>Reported as a note.</summary>
    Note = 1,

    /// <summary>Reported as a warning.</summary>
    Warning = 2,

    /// <summary>Reported as an error.</summary>
    Error = 3,
}
