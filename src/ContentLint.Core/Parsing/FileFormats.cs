namespace ContentLint.Core.Parsing;

/// <summary>The <see cref="FileFormat"/> of a path, by its extension in any letter case.</summary>
internal static class FileFormats
{
    private static readonly Dictionary<string, FileFormat> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".md"] = FileFormat.Markdown, [".markdown"] = FileFormat.Markdown, [".mdx"] = FileFormat.Markdown,
        [".html"] = FileFormat.Html, [".htm"] = FileFormat.Html,
        [".yml"] = FileFormat.Data, [".yaml"] = FileFormat.Data, [".json"] = FileFormat.Data, [".toml"] = FileFormat.Toml,
        [".csv"] = FileFormat.CommaSeparated, [".tsv"] = FileFormat.TabSeparated,
        [".js"] = FileFormat.JavaScript, [".jsx"] = FileFormat.JavaScript, [".mjs"] = FileFormat.JavaScript, [".cjs"] = FileFormat.JavaScript,
        [".ts"] = FileFormat.TypeScript, [".mts"] = FileFormat.TypeScript, [".cts"] = FileFormat.TypeScript,
        [".tsx"] = FileFormat.TypeScriptJsx,
        [".vue"] = FileFormat.Vue, [".svelte"] = FileFormat.Svelte, [".astro"] = FileFormat.Astro,
        [".liquid"] = FileFormat.Template, [".njk"] = FileFormat.Template, [".hbs"] = FileFormat.Template,
        [".handlebars"] = FileFormat.Template, [".mustache"] = FileFormat.Template, [".erb"] = FileFormat.Template,
        [".ejs"] = FileFormat.Template, [".php"] = FileFormat.Template,
        [".txt"] = FileFormat.PlainText, [".text"] = FileFormat.PlainText, [".log"] = FileFormat.PlainText,
    };

    public static FileFormat Of(string path) =>
        ByExtension.TryGetValue(Path.GetExtension(path), out var format) ? format : FileFormat.Markdown;

    /// <summary>True for formats whose files hold records of their own (data files, code) rather than one page.</summary>
    public static bool HoldsRecords(FileFormat format) => format is not (FileFormat.Markdown or FileFormat.Html or FileFormat.Template or FileFormat.PlainText);
}
