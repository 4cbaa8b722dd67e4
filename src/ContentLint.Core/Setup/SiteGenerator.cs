namespace ContentLint.Core.Setup;

/// <summary>A static-site generator ContentLint knows how to set up, with the content and output folders it uses.</summary>
/// <param name="Name">What the user sees, e.g. "Hugo".</param>
/// <param name="Include">Content globs.</param>
/// <param name="Exclude">Generated and vendored folders.</param>
/// <param name="SiteConfigFiles">Files that may hold the practice's own details (site title, phone, base URL).</param>
public sealed record SiteGenerator(string Name, IReadOnlyList<string> Include, IReadOnlyList<string> Exclude, IReadOnlyList<string> SiteConfigFiles)
{
    // The default include globs, which match the extensions in any letter case.
    private static readonly IReadOnlyList<string> AllContent = Config.ContentLintConfig.DefaultIncludePatterns;

    /// <summary>
    /// The generator's output and cache folders, and the default excludes: an <c>exclude</c> in the configuration
    /// replaces the defaults, and tool configuration, tests and build output stay out whatever the generator.
    /// </summary>
    private static string[] ExcludeWith(params string[] generatorFolders) =>
        [.. generatorFolders.Concat(Config.ContentLintConfig.DefaultExcludePatterns).Distinct(StringComparer.Ordinal)];

    public static readonly SiteGenerator Hugo = new("Hugo",
        ["content/**/*.md", "content/**/*.html", "layouts/**/*.html", "data/**/*.yaml", "data/**/*.yml", "data/**/*.json", "data/**/*.toml"],
        ExcludeWith("public/**", "resources/**", "themes/**", "node_modules/**"), ["hugo.toml", "hugo.yaml", "hugo.json", "config.toml", "config.yaml", "data/**"]);

    public static readonly SiteGenerator Jekyll = new("Jekyll", AllContent,
        ExcludeWith("_site/**", "vendor/**", ".jekyll-cache/**", "node_modules/**"), ["_config.yml", "_data/**", "CNAME"]);

    public static readonly SiteGenerator Eleventy = new("Eleventy", AllContent,
        ExcludeWith("_site/**", "node_modules/**"), [".eleventy.js", "eleventy.config.js", "eleventy.config.mjs", "_data/**", "src/_data/**", "package.json"]);

    public static readonly SiteGenerator Astro = new("Astro",
        ["src/**/*.md", "src/**/*.mdx", "src/**/*.html", "src/**/*.astro", "src/**/*.ts", "src/**/*.tsx", "src/**/*.js", "src/**/*.jsx", "src/**/*.json", "src/**/*.yaml", "src/**/*.yml"],
        ExcludeWith("dist/**", "node_modules/**", ".astro/**"), ["astro.config.mjs", "astro.config.ts", "package.json"]);

    public static readonly SiteGenerator Docusaurus = new("Docusaurus", ["docs/**/*.md", "docs/**/*.mdx", "blog/**/*.md", "blog/**/*.mdx", "src/pages/**"],
        ExcludeWith("build/**", "node_modules/**", ".docusaurus/**"), ["docusaurus.config.js", "docusaurus.config.ts", "package.json"]);

    public static readonly SiteGenerator PlainHtml = new("plain HTML", AllContent,
        ExcludeWith("node_modules/**", "vendor/**"), ["CNAME"]);

    /// <summary>Recognizes the generator from the names of the files at the site's root.</summary>
    public static SiteGenerator Detect(IReadOnlyCollection<string> rootFileNames)
    {
        bool Has(params string[] names) => names.Any(rootFileNames.Contains);
        return Has("hugo.toml", "hugo.yaml", "hugo.json") || (Has("config.toml") && Has("content")) ? Hugo
            : Has("docusaurus.config.js", "docusaurus.config.ts") ? Docusaurus
            : Has("astro.config.mjs", "astro.config.ts", "astro.config.js") ? Astro
            : Has(".eleventy.js", "eleventy.config.js", "eleventy.config.mjs", "eleventy.config.cjs") ? Eleventy
            : Has("_config.yml", "_config.yaml") ? Jekyll
            : PlainHtml;
    }
}
