using ContentLint.Core.Config;
using ContentLint.Core.Sources;

namespace ContentLint.Core.Tests.Sources;

/// <summary>The default <c>include</c> globs match the content extensions in any letter case; configured globs do not.</summary>
public sealed class DefaultIncludeCaseTests
{
    [Theory]
    [InlineData("a.md")]
    [InlineData("A.MD")]
    [InlineData("x/notes.Markdown")]
    [InlineData("x/notes.MARKDOWN")]
    [InlineData("post.MDX")]
    [InlineData("page.HTML")]
    [InlineData("old.Htm")]
    public void Default_include_selects_any_case_of_the_content_extensions(string path)
    {
        var selector = new ContentPathSelector("/repo", ContentLintConfig.Default("/repo"));

        Assert.True(selector.Selects(path));
    }

    [Theory]
    [InlineData("a.rst")]
    [InlineData("a.mdown")]
    [InlineData("a.md.bak")]
    [InlineData("a.HTMLX")]
    public void Default_include_still_leaves_other_files_out(string path)
    {
        var selector = new ContentPathSelector("/repo", ContentLintConfig.Default("/repo"));

        Assert.False(selector.Selects(path));
    }

    [Fact]
    public void A_configured_glob_is_case_sensitive()
    {
        var config = ConfigLoader.Parse("include: [\"**/*.md\"]\n", ".contentlint.yml", "/repo", new HashSet<string>());
        var selector = new ContentPathSelector("/repo", config);

        Assert.True(selector.Selects("a.md"));
        Assert.False(selector.Selects("A.MD"));
    }

    [Fact]
    public void The_any_case_globs_keep_a_regex_free_shortcut_that_agrees_with_their_regex()
    {
        string[] paths =
        [
            "a.md", "a.MD", "a.mD", "A.Md", ".md", "x/.MD", "a.md\n", "a.MD\n", "a.md\n\n", "a.m", "md", "a/b.md/c", "a.mdd",
            "a.markdown", "a.MarkDown", "a.html", "a.HTML", "a.htm", "a.HTm", "a.mdx", "a.MDX", "a.h\u0074ml", "a.\u212Ad",
            "a.\u0130tml", "a.ht\u0131l", "", "\n", "a/b.Markdown", "a.md.rst", "a.txt", "a.TxT", "a.pdf", "a.PDF", "a.pdf.bak",
        ];
        foreach (var pattern in ContentLintConfig.DefaultIncludePatterns.Append("**/*.[hH]-[xX]1"))
        {
            var builtIn = GlobPattern.BuiltIn(pattern);
            Assert.True(GlobPattern.TryParse(pattern, out var parsed, out _));
            Assert.True(builtIn.HasShortcut, pattern);
            var regex = new System.Text.RegularExpressions.Regex(
                "^(?:.*/)?[^/]*" + pattern[4..].Replace(".", "\\.", StringComparison.Ordinal) + "$",
                System.Text.RegularExpressions.RegexOptions.Singleline);
            foreach (var path in paths.Append("x.h-X1").Append("x.H-x1"))
            {
                Assert.True(regex.IsMatch(path) == builtIn.IsMatch(path), $"{pattern} on '{path}'");
                Assert.Equal(parsed.IsMatch(path), builtIn.IsMatch(path));
            }
        }
    }

    [Theory]
    [InlineData("**/*.[mM][dD]x")]
    [InlineData("**/*.[mD]")]
    [InlineData("**/*.[Mm]")]
    [InlineData("**/*.[éÉ]")]
    public void Other_classes_keep_their_regex(string pattern)
    {
        Assert.True(GlobPattern.TryParse(pattern, out var glob, out _));

        Assert.False(glob.HasShortcut);
    }
}
