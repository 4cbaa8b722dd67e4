using System.Text.RegularExpressions;
using ContentLint.Core.Config;

namespace ContentLint.Core.Tests.Config;

/// <summary>The regex-free shortcut must give exactly the regex's verdict on every path.</summary>
public sealed class GlobShortcutTests
{
    private static readonly string[] ShortcutGlobs =
    [
        "**/*.md", "**/*.markdown", "**/*", "**/*.{jpg,jpeg,png}", "**/*.{JPG,PNG}", "**/*x{,y}.md", "**/*{a,b}c",
        "content/stories/**", "content/**", "a b/**", "a//**", "a.b/**",
        "**/*{appointment,booking,book-online,intake}*", "**/*{appointment,booking,book-online,intake}*/**", "**/*{in,take}*",
        "./content/**", "/docs/**", "**/{x.md,pic.jpg,a b}", "**/{.md}",
    ];

    private static readonly string[] RegexGlobs =
    [
        "**/*.[mM]d", "**/?.md", "**/*{a,{b,c}}*", "**/*{a,}*", "**/*\\*.md", "**/*x/**", "*.md", "content/**/*.md",
        "**/**.md", "**/*{a,b}**", "c?/**", "[a]/**", "**/*.{md,c/d}", "**/{x*.md,b}", "**/{a,b}/**", "**/{c/d,b}",
    ];

    private static readonly string[] PathParts =
    [
        "a", "b", "c", "content", "stories", "docs", ".md", "x.md", "x.MD", "intake", "book-online", "appointment-form",
        "in", "take", "pic.jpg", "pic.JPG", "y.png", "a b", "a.b", "", "\n", ".", "xy.md", "x.md\n", "bc", "online",
    ];

    [Fact]
    public void The_common_shapes_have_a_shortcut_and_the_others_keep_their_regex()
    {
        Assert.All(ShortcutGlobs, pattern => Assert.True(Parse(pattern).HasShortcut, pattern));
        Assert.All(RegexGlobs, pattern => Assert.False(Parse(pattern).HasShortcut, pattern));
    }

    [Fact]
    public void The_default_globs_have_shortcuts()
    {
        var config = ContentLintConfig.Default(Path.GetTempPath());
        Assert.All(config.Include.Concat(config.Images).Concat(config.Web.PatientPages), glob => Assert.True(glob.HasShortcut, glob.Pattern));
        // Only the file names with a wildcard (tsconfig.*.json, .*rc) need a regex among the default excludes.
        Assert.Single(config.Exclude, glob => !glob.HasShortcut);
    }

    [Fact]
    public void Shortcuts_agree_with_the_regex_on_generated_paths()
    {
        var random = new Random(20261128);
        var checkedPaths = 0;
        foreach (var pattern in ShortcutGlobs.Concat(RegexGlobs))
        {
            var glob = Parse(pattern);
            var regex = RegexOf(pattern, glob);
            for (var i = 0; i < 4000; i++)
            {
                var path = string.Join('/', Enumerable.Range(0, random.Next(1, 5)).Select(_ => PathParts[random.Next(PathParts.Length)]));
                if (random.Next(8) == 0)
                {
                    path += "\n";
                }

                Assert.True(regex.IsMatch(path) == glob.IsMatch(path), $"glob {pattern}, path {path.Replace("\n", "\\n", StringComparison.Ordinal)}");
                checkedPaths++;
            }
        }

        Assert.Equal((ShortcutGlobs.Length + RegexGlobs.Length) * 4000, checkedPaths);
    }

    [Theory]
    [InlineData("**/*.md", "a.md\n", true)]
    [InlineData("**/*.md", "a.md\n\n", false)]
    [InlineData("content/**", "content\n", true)]
    [InlineData("content/**", "contents/a.md", false)]
    [InlineData("**/*{intake}*", "intake/a.md", false)]
    [InlineData("**/*{intake}*/**", "intake/a.md", true)]
    public void Shortcuts_keep_the_regex_edge_cases(string pattern, string path, bool expected)
    {
        var glob = Parse(pattern);
        Assert.Equal(expected, RegexOf(pattern, glob).IsMatch(path));
        Assert.Equal(expected, glob.IsMatch(path));
    }

    /// <summary>The regex the glob had before shortcuts: its translation, with a leading "./" or "/" stripped as GlobPattern does.</summary>
    private static Regex RegexOf(string pattern, GlobPattern glob)
    {
        var body = pattern;
        while (body.StartsWith("./", StringComparison.Ordinal))
        {
            body = body[2..];
        }

        Assert.True(GlobTranslator.TryTranslate(body.TrimStart('/'), GlobSyntax.Standard, out var regex, out var error), error);
        return new Regex(regex, glob.MatchOptions);
    }

    private static GlobPattern Parse(string pattern)
    {
        Assert.True(GlobPattern.TryParse(pattern, out var glob, out var error), error);
        return glob;
    }
}
