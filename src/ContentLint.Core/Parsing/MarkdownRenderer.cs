namespace ContentLint.Core.Parsing;

/// <summary>
/// How the site's generator renders Markdown, where the renderers disagree about what is content
/// (docs/page-profile.md, "Markdown as the generator renders it").
/// </summary>
public enum MarkdownRenderer
{
    /// <summary>CommonMark (Hugo's Goldmark, the JavaScript generators, MDX): an indented line after a blank line is code.</summary>
    CommonMark,

    /// <summary>
    /// kramdown (Jekyll): an HTML block runs to its closing tag across blank lines, so an indented line inside it is
    /// HTML, its comments are comments and its <c>placeholder</c> a placeholder.
    /// </summary>
    Kramdown,
}

/// <summary>Which renderer a site uses, from what lies at the root of its configuration folder.</summary>
public static class MarkdownRenderers
{
    /// <summary>kramdown for a Jekyll site (a <c>_config.yml</c> beside the configuration), else CommonMark.</summary>
    public static MarkdownRenderer Of(string baseDirectory) =>
        File.Exists(Path.Combine(baseDirectory, "_config.yml")) || File.Exists(Path.Combine(baseDirectory, "_config.yaml"))
            ? MarkdownRenderer.Kramdown
            : MarkdownRenderer.CommonMark;
}
