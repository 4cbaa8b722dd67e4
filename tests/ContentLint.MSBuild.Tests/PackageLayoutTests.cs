using System.IO.Compression;
using System.Xml.Linq;

namespace ContentLint.MSBuild.Tests;

/// <summary>What the packed ContentLint.MSBuild holds: the task with Core and its parsers, and no git or MSBuild assemblies.</summary>
[Collection(PackedTaskGroup.Name)]
public sealed class PackageLayoutTests(PackedTaskFeed feed)
{
    [Fact]
    public void Package_holds_the_task_its_dependencies_and_the_build_files()
    {
        Assert.True(feed.Pack.ExitCode == 0, feed.Pack.ToString());
        using var package = ZipFile.OpenRead(feed.PackagePath);
        var entries = package.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);

        foreach (var dll in new[] { "ContentLint.MSBuild", "ContentLint.Core", "Markdig", "AngleSharp", "YamlDotNet" })
        {
            Assert.Contains($"tasks/net10.0/{dll}.dll", entries);
        }

        foreach (var folder in new[] { "build", "buildTransitive", "buildMultiTargeting" })
        {
            Assert.Contains($"{folder}/ContentLint.MSBuild.props", entries);
            Assert.Contains($"{folder}/ContentLint.MSBuild.targets", entries);
        }

        Assert.DoesNotContain(entries, e => e.Contains("LibGit2Sharp", StringComparison.OrdinalIgnoreCase) || e.Contains("libgit2", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(entries, e => e.Contains("Microsoft.Build", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal));
    }

    [Fact]
    public void Package_is_a_development_dependency_without_package_dependencies()
    {
        using var package = ZipFile.OpenRead(feed.PackagePath);
        using var stream = package.GetEntry("ContentLint.MSBuild.nuspec")!.Open();
        var metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");

        Assert.Equal("true", metadata.Elements().Single(e => e.Name.LocalName == "developmentDependency").Value);
        Assert.DoesNotContain(metadata.Descendants(), e => e.Name.LocalName == "dependency");
    }
}
