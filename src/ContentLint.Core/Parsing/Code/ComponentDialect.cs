namespace ContentLint.Core.Parsing.Code;

/// <summary>The kind of single-file component: markup with scripts and template expressions.</summary>
internal enum ComponentDialect
{
    /// <summary>.vue: a template with <c>{{ … }}</c> and bound attributes, and <c>&lt;script&gt;</c> blocks.</summary>
    Vue,
    /// <summary>.svelte: markup with <c>{ … }</c> expressions and blocks, and <c>&lt;script&gt;</c> blocks.</summary>
    Svelte,
    /// <summary>.astro: a TypeScript <c>---</c> fence, then markup with JSX-style <c>{ … }</c> expressions.</summary>
    Astro,
    /// <summary>.mdx: Markdown with top-level <c>import</c>/<c>export</c> lines, JSX elements and <c>{ … }</c> expressions.</summary>
    Mdx,
}
