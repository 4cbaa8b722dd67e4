namespace ContentLint.Core.Tests.Config;

/// <summary>Paths of the configuration fixtures copied next to the test assembly, and the rule IDs they may name.</summary>
internal static class ConfigFixtures
{
    public static IReadOnlySet<string> KnownRuleIds { get; } = new HashSet<string>(
        Enumerable.Range(1, 18).Select(i => $"PHI{i:000}").Concat(Enumerable.Range(1, 5).Select(i => $"CON{i:000}")),
        StringComparer.Ordinal);

    public static string Valid(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "config", "valid", name);

    public static string Invalid(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "config", "invalid", name);
}
