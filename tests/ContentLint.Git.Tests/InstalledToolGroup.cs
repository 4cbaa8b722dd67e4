namespace ContentLint.Git.Tests;

/// <summary>Test classes that share one packed and installed tool (packing takes seconds).</summary>
[CollectionDefinition(Name)]
public sealed class InstalledToolGroup : ICollectionFixture<InstalledTool>
{
    public const string Name = "installed tool";
}
