using System.Reflection;

namespace ContentLint.MSBuild.Tests;

/// <summary>Values the test project's build bakes into this assembly (see the csproj's AssemblyMetadata).</summary>
internal static class TestAssemblyInfo
{
    /// <summary>The full path of src/ContentLint.MSBuild/ContentLint.MSBuild.csproj.</summary>
    public static string TaskProject => Metadata("ContentLint.MSBuild.Project");

    /// <summary>The configuration the tests (and so the task) were built with: Debug locally, Release in CI.</summary>
    public static string Configuration => Metadata("ContentLint.MSBuild.Configuration");

    private static string Metadata(string key) =>
        typeof(TestAssemblyInfo).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
        ?? throw new InvalidOperationException($"assembly metadata {key} is empty");
}
