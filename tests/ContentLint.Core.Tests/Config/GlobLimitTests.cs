using System.Diagnostics;
using ContentLint.Core.Config;

namespace ContentLint.Core.Tests.Config;

/// <summary>A glob the matcher cannot take is a positioned CL0002 naming the key, never an exception out of the loader.</summary>
public sealed class GlobLimitTests
{
    private static ConfigException Error(string yaml) =>
        Assert.Throws<ConfigException>(() => ConfigLoader.Parse(yaml, "c.yml", "/repo", ConfigFixtures.KnownRuleIds));

    [Theory]
    [InlineData("[z-a]")]
    [InlineData("content/[9-0].md")]
    [InlineData("**/[!z-a]*.md")]
    public void A_backwards_character_range_is_a_config_error_at_its_key(string glob)
    {
        var ex = Error($"include:\n  - \"**/*.md\"\n  - \"{glob}\"\n");

        Assert.Equal($"c.yml(3,5): error CL0002: invalid glob '{glob}': a character range runs backwards (e.g. 'z-a') at 'include[1]'", ex.Message);
    }

    [Fact]
    public void A_backwards_range_in_exclude_and_consent_paths_is_caught_too()
    {
        Assert.Equal("exclude[0]", Error("exclude: [\"[z-a]/**\"]\n").Key);
        Assert.Equal("consent.required_paths[0]", Error("consent:\n  required_paths: [\"x/[z-a]\"]\n").Key);
    }

    [Fact]
    public void Forward_and_single_character_ranges_still_work()
    {
        Assert.True(GlobPattern.TryParse("page-[a-c][0-9].md", out var glob, out _));
        Assert.True(glob.IsMatch("page-b7.md"));
        Assert.True(GlobPattern.TryParse("[a-a]", out var single, out _));
        Assert.True(single.IsMatch("a"));
    }

    [Fact]
    public void A_glob_longer_than_the_limit_is_refused_without_being_quoted()
    {
        var glob = string.Concat(Enumerable.Repeat("{a,b}*", (GlobPattern.MaxLength / 6) + 1));

        var ex = Error($"include: [\"{glob}\"]\n");

        Assert.Equal($"c.yml(1,11): error CL0002: invalid glob: longer than {GlobPattern.MaxLength} characters at 'include[0]'", ex.Message);
    }

    [Fact]
    public void A_glob_at_the_limit_compiles_and_matches_a_long_path_quickly()
    {
        var glob = string.Concat(Enumerable.Repeat("*{a,b}", GlobPattern.MaxLength / 6)).PadRight(GlobPattern.MaxLength, '*');
        var path = string.Concat(Enumerable.Repeat("ab", 2048));
        var clock = Stopwatch.StartNew();

        Assert.True(GlobPattern.TryParse(glob, out var pattern, out var error), error);
        _ = pattern.IsMatch(path);

        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(2));
    }
}
