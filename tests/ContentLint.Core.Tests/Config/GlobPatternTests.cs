using ContentLint.Core.Config;

namespace ContentLint.Core.Tests.Config;

public sealed class GlobPatternTests
{
    [Theory]
    [InlineData("**/*.md", "a.md")]
    [InlineData("**/*.md", "content/posts/a.md")]
    [InlineData("content/**/*.md", "content/a.md")]
    [InlineData("content/**/*.md", "content/x/y/a.md")]
    [InlineData("content/**", "content")]
    [InlineData("content/**", "content/x/y/a.md")]
    [InlineData("node_modules/**", "node_modules/pkg/readme.md")]
    [InlineData("**", "any/thing.txt")]
    [InlineData("a/**/b/*.md", "a/b/c.md")]
    [InlineData("a/**/b/*.md", "a/x/y/b/c.md")]
    [InlineData("?.md", "a.md")]
    [InlineData("[abc].md", "b.md")]
    [InlineData("[a-c].md", "c.md")]
    [InlineData("[!a].md", "b.md")]
    [InlineData("[^a].md", "b.md")]
    [InlineData("*.{md,html}", "index.html")]
    [InlineData("{content,docs}/**/*.md", "docs/a/b.md")]
    [InlineData("./content/*.md", "content/a.md")]
    [InlineData("/content/*.md", "content/a.md")]
    [InlineData("a\\*b.md", "a*b.md")]
    [InlineData("file (1).md", "file (1).md")]
    [InlineData("c++/*.md", "c++/x.md")]
    public void Glob_matches(string pattern, string path)
    {
        Assert.True(GlobPattern.TryParse(pattern, out var glob, out var error), error);
        Assert.True(glob.IsMatch(path));
    }

    [Theory]
    [InlineData("*.md", "content/a.md")]
    [InlineData("content/*.md", "content/x/a.md")]
    [InlineData("?.md", "ab.md")]
    [InlineData("a?b", "a/b")]
    [InlineData("[abc].md", "d.md")]
    [InlineData("[!a].md", "a.md")]
    [InlineData("[a-z]", "/")]
    [InlineData("**/*.md", "a.MD")]
    [InlineData("content/**", "contents/a.md")]
    [InlineData("a**b", "a/x/b")]
    [InlineData("*.{md,html}", "index.htm")]
    [InlineData("a\\*b.md", "axb.md")]
    [InlineData("content/**/*.md", "other/content/a.md")]
    public void Glob_does_not_match(string pattern, string path)
    {
        Assert.True(GlobPattern.TryParse(pattern, out var glob, out var error), error);
        Assert.False(glob.IsMatch(path));
    }

    [Theory]
    [InlineData("", "invalid glob '': the pattern is empty")]
    [InlineData("./", "invalid glob './': the pattern is empty")]
    [InlineData("a/[bc", "invalid glob 'a/[bc': unbalanced '['")]
    [InlineData("{a,b", "invalid glob '{a,b': unbalanced '{'")]
    [InlineData("a}", "invalid glob 'a}': unbalanced '}'")]
    [InlineData("a\\", "invalid glob 'a\\': it ends with a lone '\\'")]
    [InlineData("!drafts/**", "invalid glob '!drafts/**': negated globs are not supported (use 'exclude')")]
    public void Bad_globs_are_rejected_with_a_reason(string pattern, string expected)
    {
        Assert.False(GlobPattern.TryParse(pattern, out var glob, out var error));
        Assert.Null(glob);
        Assert.Equal(expected, error);
    }

    [Fact]
    public void Matching_cannot_backtrack_on_pathological_input()
    {
        // Linear time comes from the engine, not from luck: a backtracking matcher would take exponential time here.
        Assert.True(GlobPattern.TryParse("**/*a*a*a*a*a*a*a*a*b", out var glob, out _));
        var path = string.Join('/', Enumerable.Repeat(new string('a', 200), 200));

        Assert.True(glob.MatchOptions.HasFlag(System.Text.RegularExpressions.RegexOptions.NonBacktracking));
        Assert.False(glob.IsMatch(path));
    }

    [Fact]
    public void Built_in_defaults_compile_and_match_like_parsed_globs()
    {
        string[] paths =
        [
            "a.md", "content/x.markdown", "docs/page.mdx", "site/index.html", "old/a.htm", "node_modules/x/a.md", "vendor/a.md",
            "_site/a.html", "public/a.html", "content/public/a.md", "img/photo.jpg", "img/PHOTO.JPEG", "a/b.heic", "a/b.TIFF",
            "book-online.md", "patient-portal/index.html", "intake/form/a.md", "services/new-patient.md", "about.md", "a.txt",
        ];
        var patterns = ContentLintConfig.DefaultIncludePatterns.Concat(ContentLintConfig.DefaultExcludePatterns)
            .Concat(ContentLintConfig.DefaultImagePatterns).Concat(WebOptions.DefaultPatientPagePatterns);
        foreach (var pattern in patterns)
        {
            var builtIn = GlobPattern.BuiltIn(pattern);
            Assert.True(GlobPattern.TryParse(pattern, out var parsed, out var error), error);
            Assert.Equal(parsed.MatchOptions, builtIn.MatchOptions);
            Assert.Equal(parsed.Pattern, builtIn.Pattern);
            foreach (var path in paths)
            {
                Assert.Equal(parsed.IsMatch(path), builtIn.IsMatch(path));
            }
        }
    }
}
