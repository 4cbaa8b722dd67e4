namespace ContentLint.Core.Parsing;

/// <summary>How a file is read, decided by its extension (docs/data-and-code.md).</summary>
internal enum FileFormat
{
    /// <summary>Markdown and MDX (<c>.md</c>, <c>.markdown</c>, <c>.mdx</c>), and any file of no other format.</summary>
    Markdown,
    /// <summary><c>.html</c>, <c>.htm</c>.</summary>
    Html,
    /// <summary>YAML and JSON data (<c>.yml</c>, <c>.yaml</c>, <c>.json</c>).</summary>
    Data,
    /// <summary>TOML data (<c>.toml</c>).</summary>
    Toml,
    /// <summary>Comma-separated values (<c>.csv</c>).</summary>
    CommaSeparated,
    /// <summary>Tab-separated values (<c>.tsv</c>).</summary>
    TabSeparated,
    /// <summary>JavaScript, with JSX (<c>.js</c>, <c>.jsx</c>, <c>.mjs</c>, <c>.cjs</c>).</summary>
    JavaScript,
    /// <summary>TypeScript without JSX (<c>.ts</c>, <c>.mts</c>, <c>.cts</c>).</summary>
    TypeScript,
    /// <summary>TypeScript with JSX (<c>.tsx</c>).</summary>
    TypeScriptJsx,
    /// <summary>A Vue single-file component.</summary>
    Vue,
    /// <summary>A Svelte component.</summary>
    Svelte,
    /// <summary>An Astro component: a code fence, then markup.</summary>
    Astro,
    /// <summary>HTML with template tags: Liquid, Nunjucks, Handlebars, Mustache, ERB, EJS, PHP.</summary>
    Template,
    /// <summary>
    /// Plain text (<c>.txt</c>, <c>.text</c>, <c>.log</c>): files in the repository that are no page of the site, read
    /// for sure identifiers only.
    /// </summary>
    PlainText,
}
