namespace ContentLint.MSBuild.Tests;

/// <summary>The tests that pack the task and run real builds share one packed feed and run one after the other.</summary>
[CollectionDefinition(Name)]
public sealed class PackedTaskGroup : ICollectionFixture<PackedTaskFeed>
{
    public const string Name = "packed ContentLint.MSBuild";
}
