namespace ContentLint.Core.Config;

/// <summary>
/// The effective configuration: the defaults of CONTRACT §5 overlaid with one <c>.contentlint.yml</c>.
/// Immutable; command-line flags produce a modified copy with <c>with</c>.
/// </summary>
public sealed record ContentLintConfig
{
    /// <summary>
    /// The default <c>include</c> globs: the files where a site keeps what it publishes (docs/data-and-code.md):
    /// pages (Markdown, MDX, HTML), data files (YAML, JSON, CSV, TSV), code (scripts and components), templates, and
    /// the text files a public repository publishes with the site,
    /// their extensions in any letter case (Jekyll and web servers publish <c>.MD</c> and <c>.HTML</c> files). Globs
    /// are case-sensitive, so each letter is a class.
    /// </summary>
    public static IReadOnlyList<string> DefaultIncludePatterns { get; } =
    [
        // pages
        "**/*.[mM][dD]", "**/*.[mM][aA][rR][kK][dD][oO][wW][nN]", "**/*.[mM][dD][xX]", "**/*.[hH][tT][mM][lL]",
        "**/*.[hH][tT][mM]",
        // data files
        "**/*.[yY][mM][lL]", "**/*.[yY][aA][mM][lL]", "**/*.[jJ][sS][oO][nN]", "**/*.[tT][oO][mM][lL]", "**/*.[cC][sS][vV]",
        "**/*.[tT][sS][vV]",
        // code: scripts and components
        "**/*.[jJ][sS]", "**/*.[jJ][sS][xX]", "**/*.[mM][jJ][sS]", "**/*.[cC][jJ][sS]", "**/*.[tT][sS]",
        "**/*.[mM][tT][sS]", "**/*.[cC][tT][sS]", "**/*.[tT][sS][xX]", "**/*.[vV][uU][eE]",
        "**/*.[sS][vV][eE][lL][tT][eE]", "**/*.[aA][sS][tT][rR][oO]",
        // templates
        "**/*.[lL][iI][qQ][uU][iI][dD]", "**/*.[nN][jJ][kK]", "**/*.[hH][bB][sS]",
        "**/*.[hH][aA][nN][dD][lL][eE][bB][aA][rR][sS]", "**/*.[mM][uU][sS][tT][aA][cC][hH][eE]", "**/*.[eE][rR][bB]",
        "**/*.[eE][jJ][sS]", "**/*.[pP][hH][pP]",
        // repository files: text published with a public repository, read for sure identifiers only
        "**/*.[tT][xX][tT]",
    ];

    /// <summary>
    /// The default <c>exclude</c> globs: dependencies and build output (generated, not written), and files that are
    /// not content by their name: tool configuration and lock files, generator configuration, tests, type
    /// declarations and source maps (docs/configuration.md, "Defaults").
    /// </summary>
    public static IReadOnlyList<string> DefaultExcludePatterns { get; } =
    [
        "node_modules/**", "vendor/**", "_site/**", "public/**", "dist/**", "build/**", "out/**", ".next/**", ".nuxt/**",
        ".svelte-kit/**", ".astro/**", ".output/**", ".cache/**", "coverage/**", ".github/**", ".vscode/**",
        ".devcontainer/**", ".idea/**",
        // Hugo's archetypes: templates for new pages ("{{ .Date }}" in their front matter), never published themselves
        "**/*{archetypes}*/**",
        // tool configuration and lock files; generator configuration (the site's settings, not its pages)
        "**/{package.json,package-lock.json,npm-shrinkwrap.json,pnpm-lock.yaml,composer.json,composer.lock,deno.json,"
            + "jsconfig.json,tsconfig.json,vercel.json,now.json,firebase.json,manifest.json,app.json}",
        "**/{angular.json,nx.json,turbo.json,lerna.json,renovate.json,tslint.json,docker-compose.yml,docker-compose.yaml,"
            + ".contentlint.yml}",
        "**/{.contentlint.yaml,.pre-commit-config.yaml,.pre-commit-hooks.yaml,.travis.yml,.gitlab-ci.yml,_config.yml,"
            + "_config.yaml,config.yml,config.yaml,config.json,hugo.yml,hugo.yaml,hugo.json,netlify.yml}",
        "**/{config.toml,hugo.toml,netlify.toml,wrangler.toml,samconfig.toml,Cargo.toml,pyproject.toml,theme.toml}",
        "**/{tsconfig.*.json,jsconfig.*.json,docker-compose.*.yml,_config_*.yml,_config.*.yml,.*rc,.*rc.*}",
        // tests, type declarations, minified scripts and source maps
        // (each a plain suffix or name, matched without a regex: every walked path is checked against them all)
        "**/*{.config.js,.config.jsx,.config.mjs,.config.cjs,.config.ts,.config.mts,.config.cts,.config.tsx,"
            + ".test.js,.test.jsx,.test.mjs,.test.cjs,.test.ts,.test.mts,.test.cts,.test.tsx,.spec.js,.spec.jsx,"
            + ".spec.mjs,.spec.cjs}",
        "**/*{.spec.ts,.spec.mts,.spec.cts,.spec.tsx,.stories.js,.stories.jsx,.stories.mjs,.stories.cjs,"
            + ".stories.ts,.stories.mts,.stories.cts,.stories.tsx,.story.js,.story.jsx,.story.mjs,.story.cjs,"
            + ".story.ts,.story.mts,.story.cts,.story.tsx}",
        "**/*.{d.ts,d.mts,d.cts,min.js,map}", "**/*{__tests__,__mocks__}*/**",
    ];

    /// <summary>The default <c>images</c> globs: the usual photo formats, their extensions in any letter case (<c>.Jpg</c> too).</summary>
    public static IReadOnlyList<string> DefaultImagePatterns { get; } =
    [
        "**/*.[jJ][pP][gG]", "**/*.[jJ][pP][eE][gG]", "**/*.[pP][nN][gG]", "**/*.[wW][eE][bB][pP]",
        "**/*.[hH][eE][iI][cC]", "**/*.[tT][iI][fF]", "**/*.[tT][iI][fF][fF]", "**/*.[gG][iI][fF]",
    ];

    // Compiled once: regex construction is the expensive part of a glob.
    private static IReadOnlyList<GlobPattern> DefaultInclude { get; } = CompileDefaults(DefaultIncludePatterns);

    private static IReadOnlyList<GlobPattern> DefaultExclude { get; } = CompileDefaults(DefaultExcludePatterns);

    private static IReadOnlyList<GlobPattern> DefaultImages { get; } = CompileDefaults(DefaultImagePatterns);

    /// <summary>The configuration file as displayed to the user, or null when these are the defaults.</summary>
    public string? SourcePath { get; init; }

    /// <summary>The configuration file's full path, when it was read from one: the tool's own file, never scanned.</summary>
    public string? FullPath { get; init; }

    /// <summary>Absolute folder that <see cref="Include"/>, <see cref="Exclude"/> and consent paths are relative to.</summary>
    public required string BaseDirectory { get; init; }

    /// <summary>Files to scan (matched against the path relative to <see cref="BaseDirectory"/>).</summary>
    public IReadOnlyList<GlobPattern> Include { get; init; } = DefaultInclude;

    /// <summary>Files and folders never scanned; a folder that matches excludes everything below it.</summary>
    public IReadOnlyList<GlobPattern> Exclude { get; init; } = DefaultExclude;

    /// <summary>The practice's own public details.</summary>
    public OrganizationOptions Organization { get; init; } = OrganizationOptions.Empty;

    /// <summary>Clinicians and staff, who may be named.</summary>
    public IReadOnlyList<string> Staff { get; init; } = [];

    /// <summary>People who may approve a page's consent.</summary>
    public IReadOnlyList<string> PrivacyReviewers { get; init; } = [];

    /// <summary>The <c>consent:</c> section.</summary>
    public ConsentOptions Consent { get; init; } = ConsentOptions.Empty;

    /// <summary>The project-wide allow list.</summary>
    public IReadOnlyList<AllowPattern> Allow { get; init; } = [];

    /// <summary>
    /// Hosts of services covered by a business associate agreement (<c>processors:</c>): forms that collect health
    /// information may post to them (WEB004). Lower case, without scheme or path; subdomains are included.
    /// </summary>
    public IReadOnlyList<string> Processors { get; init; } = [];

    /// <summary>The <c>web:</c> section (patient-facing pages, policy page).</summary>
    public WebOptions Web { get; init; } = WebOptions.Default;

    /// <summary>Image files whose metadata is scanned (<c>images:</c>); empty turns image scanning off.</summary>
    public IReadOnlyList<GlobPattern> Images { get; init; } = DefaultImages;

    /// <summary>Severities set in <c>rules:</c>, keyed by rule ID (ordinal).</summary>
    public IReadOnlyDictionary<string, RuleSeverity> RuleSeverities { get; init; } =
        new Dictionary<string, RuleSeverity>(StringComparer.Ordinal);

    /// <summary>The defaults, with globs relative to <paramref name="baseDirectory"/> (normally the scan root).</summary>
    public static ContentLintConfig Default(string baseDirectory)
    {
        ArgumentException.ThrowIfNullOrEmpty(baseDirectory);
        return new ContentLintConfig { BaseDirectory = Path.GetFullPath(baseDirectory) };
    }

    /// <summary>The configured severity of <paramref name="ruleId"/>, or null when the catalog default applies.</summary>
    public RuleSeverity? SeverityFor(string ruleId) =>
        RuleSeverities.TryGetValue(ruleId, out var severity) ? severity : null;

    private static IReadOnlyList<GlobPattern> CompileDefaults(IReadOnlyList<string> patterns) =>
        [.. patterns.Select(GlobPattern.BuiltIn)];
}
