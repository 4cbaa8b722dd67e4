using ContentLint.Core.Config;
using ContentLint.Core.Sources;

namespace ContentLint.Core.Tests.Sources;

public sealed class PathFilterTests
{
    private static readonly string[] Bases = ["/", "/repo", "/repo/", "/repo/site", "/re po/sïte", "/repo/site/"];

    private static readonly string[] Segments = ["a", "site", "b.md", ".", "..", "", " ", "x\\y", "sïte", ".git", "...", "a b", "repo"];

    [Theory]
    [InlineData("/repo", "/repo/a/b.md", "a/b.md")]
    [InlineData("/repo/", "/repo/a", "a")]
    [InlineData("/", "/a/b", "a/b")]
    [InlineData("/repo", "/repo", null)]
    [InlineData("/repo", "/repository/a", null)]
    [InlineData("/repo", "/repo/a/../b", "b")]
    [InlineData("/repo", "/repo/../b", null)]
    public void RelativeTo_gives_the_path_below_the_base(string basePath, string fullPath, string? expected)
    {
        Assert.Equal(expected, PathFilter.RelativeTo(basePath, fullPath));
    }

    [Fact]
    public void RelativeTo_agrees_with_GetRelativePath_on_generated_paths()
    {
        // The shortcut for clean paths must give what the general way (GetRelativePath) gives, for clean and unclean paths.
        var random = new Random(20261128);
        var checkedPaths = 0;
        foreach (var basePath in Bases)
        {
            for (var i = 0; i < 3000; i++)
            {
                var count = random.Next(0, 5);
                var parts = new List<string> { random.Next(4) == 0 ? "/elsewhere" : basePath.TrimEnd('/') };
                for (var j = 0; j < count; j++)
                {
                    parts.Add(Segments[random.Next(Segments.Length)]);
                }

                var fullPath = string.Join('/', parts);
                if (fullPath.Length == 0 || fullPath[0] != '/')
                {
                    fullPath = "/" + fullPath;
                }

                Assert.True(Reference(basePath, fullPath) == PathFilter.RelativeTo(basePath, fullPath), $"base {basePath}, path {fullPath}");
                checkedPaths++;
            }
        }

        Assert.Equal(Bases.Length * 3000, checkedPaths);
    }

    [Fact]
    public void TryRelativeByPrefix_gives_what_GetRelativePath_gives_whenever_it_answers()
    {
        // ScanOptions.ConfigRelativePath takes the prefix when it can; bases here are not always normalized.
        string[] bases = [.. Bases, "/repo/./site", "/repo/site/..", "/repo//site", "/repo/site/."];
        var random = new Random(1128);
        var answered = 0;
        foreach (var basePath in bases)
        {
            for (var i = 0; i < 3000; i++)
            {
                var parts = new List<string> { basePath.TrimEnd('/') };
                for (var j = random.Next(0, 5); j > 0; j--)
                {
                    parts.Add(Segments[random.Next(Segments.Length)]);
                }

                var path = string.Join('/', parts);
                if (PathText.TryRelativeByPrefix(basePath, path, out var relative))
                {
                    Assert.True(Path.GetRelativePath(basePath, path) == relative, $"base {basePath}, path {path}");
                    answered++;
                }
            }
        }

        Assert.InRange(answered, 1000, bases.Length * 3000);
    }

    [Fact]
    public void TryRelativeByPrefix_leaves_relative_bases_to_GetRelativePath()
    {
        Assert.False(PathText.TryRelativeByPrefix("repo", "repo/a.md", out _));
        Assert.False(PathText.TryRelativeByPrefix(string.Empty, "/a.md", out _));
    }

    // The implementation before the shortcut for clean paths.
    private static string? Reference(string basePath, string fullPath)
    {
        var relative = Path.GetRelativePath(basePath, fullPath);
        if (relative == "." || relative == ".." || relative.StartsWith("../", StringComparison.Ordinal)
            || relative.StartsWith("..\\", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            return null;
        }

        return relative.Replace('\\', '/');
    }
}
